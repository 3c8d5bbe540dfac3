package org.qos.common.kpi;

/** The outcome of comparing a KPI with its target. */
public enum Verdict {
    PASS, FAIL,
    /** The sample misses the method's minimum; the value is still reported. */
    INSUFFICIENT_DATA
}

package org.qos.common.kpi;

/** Unit of a KPI value. */
public enum KpiUnit {
    /** A fraction in [0, 1]. */
    RATIO,
    PER_100_CUSTOMERS_PER_YEAR
}

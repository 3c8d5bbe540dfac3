package org.qos.voice.domain;

/** The three methods of clause 3.4; a campaign uses one. */
public enum Method {
    /** ITU-T P.862.1 (PESQ MOS-LQO) score per sampled call. */
    OBJECTIVE,
    /** Customers rate voice quality on the five-level scale (the appendix's form). */
    CUSTOMER_SURVEY,
    /** Experts rate voice quality after a number of successful calls. */
    EXPERT_PANEL
}

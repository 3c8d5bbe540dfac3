package org.qos.coverage.domain;

/** Why a stored drive-test sample is not counted in the KPI. */
public enum Exclusion {
    /** Measured indoors ({@code outdoor = false}); the KPI is the outdoor coverage. Takes precedence over OVER_SPEED. */
    INDOOR,
    /** Measured while moving faster than the profile's limit (exactly the limit counts). */
    OVER_SPEED
}

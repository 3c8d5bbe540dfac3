package org.qos.voice.domain;

/** Why a stored sample is not counted in the KPI. */
public enum Exclusion {
    /** A call outside the operator's PHS network. Takes precedence over OVER_SPEED. */
    OFF_NET,
    /** A call made while moving faster than the profile's speed limit. */
    OVER_SPEED,
    /** An expert's opinion given after fewer successful calls than the profile requires. */
    TOO_FEW_CALLS
}

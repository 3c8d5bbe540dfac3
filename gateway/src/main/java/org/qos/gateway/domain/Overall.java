package org.qos.gateway.domain;

/** The overall verdict of a scorecard (api.md "gateway"). */
public enum Overall {
    PASS, FAIL,
    /** Nothing failed, but a family is unavailable or empty, or a result has too little data. */
    INCOMPLETE
}

package org.qos.complaints.domain;

/** In which role a figure was recorded: the regulator's figure stands over an operator's for the same date. */
public enum RecorderRole {
    REGULATOR,
    OPERATOR
}

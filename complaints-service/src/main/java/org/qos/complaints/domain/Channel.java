package org.qos.complaints.domain;

/** How a complaint reached the operator. */
public enum Channel {
    LETTER, EMAIL, FAX, PHONE, WEB, IN_PERSON
}

package org.qos.billing.domain;

/** Where a test call goes (clause 3.6): every direction must be present among the valid calls. */
public enum Direction {
    ON_NET, OTHER_PHS, PSTN, MOBILE
}

package org.qos.complaints.domain;

import java.util.EnumSet;
import java.util.Set;

/** How a complaint reached the operator. */
public enum Channel {
    LETTER, EMAIL, FAX, PHONE, WEB, IN_PERSON;

    /**
     * The written channels: clause 3.8.2 defines a complaint as dissatisfaction reported "by a complaint letter"
     * ("bằng đơn khiếu nại"), so only these count toward the complaint rate. Complaints by telephone or in person
     * are recorded, listed and answered (clause 3.8.1 covers every complaint), but are not part of the rate.
     */
    public static final Set<Channel> WRITTEN = Set.copyOf(EnumSet.of(LETTER, EMAIL, FAX, WEB));

    public boolean written() {
        return WRITTEN.contains(this);
    }
}

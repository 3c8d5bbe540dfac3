package org.qos.complaints.domain;

import java.time.Instant;

/**
 * The state of a complaint, derived at the time of a request and never stored: {@code ANSWERED} once answered in
 * writing; otherwise {@code OVERDUE} when the clock is past the due time, else {@code OPEN}. At exactly the due
 * time a complaint is still {@code OPEN}: an answer at that instant is on time.
 */
public enum ComplaintStatus {
    OPEN, ANSWERED, OVERDUE;

    public static ComplaintStatus of(Instant respondedAt, Instant responseDueAt, Instant now) {
        if (respondedAt != null) {
            return ANSWERED;
        }
        return now.isAfter(responseDueAt) ? OVERDUE : OPEN;
    }
}

package org.qos.complaints.domain;

import java.time.Instant;

/** A support-line outage as sent: {@code [startedAt, endedAt)}. */
public record Outage(Instant startedAt, Instant endedAt) {

    public Outage {
        if (!endedAt.isAfter(startedAt)) {
            throw new IllegalArgumentException("an outage ends after it starts");
        }
    }
}

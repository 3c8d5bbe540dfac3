package org.qos.complaints.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long complaint data is kept. Clause 3.8.2 keeps it at least a year: a retention below the profile's minimum
 * is refused, so a misconfigured service never starts (and never purges data it must keep).
 */
public record RetentionPolicy(Duration retention) {

    /** @throws IllegalStateException when {@code retention} is below {@code minimumDays} days */
    public static RetentionPolicy of(Duration retention, long minimumDays) {
        if (retention == null || retention.compareTo(Duration.ofDays(minimumDays)) < 0) {
            throw new IllegalStateException("qos.complaints.retention is " + (retention == null ? null
                    : retention.toDays() + " days (" + retention + ")") + ": complaint data must be"
                    + " kept at least " + minimumDays + " days (clause 3.8.2); refusing to start");
        }
        return new RetentionPolicy(retention);
    }

    /** Data older than this instant (strictly) may be purged. */
    public Instant cutoff(Instant now) {
        return now.minus(retention);
    }
}

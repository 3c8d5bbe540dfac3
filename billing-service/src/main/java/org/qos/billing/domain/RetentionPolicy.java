package org.qos.billing.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long charging data (charging records, invoice lines) is kept. Clause 3.7 keeps it at least 180 days: a
 * retention below the profile's minimum is refused, so a misconfigured service never starts (and never purges
 * data it must keep).
 */
public record RetentionPolicy(Duration retention) {

    /** @throws IllegalStateException when {@code retention} is below {@code minimumDays} days */
    public static RetentionPolicy of(Duration retention, long minimumDays) {
        if (retention == null || retention.compareTo(Duration.ofDays(minimumDays)) < 0) {
            throw new IllegalStateException("qos.billing.retention is " + (retention == null ? null
                    : retention.toDays() + " days (" + retention + ")") + ": charging data must be kept at least "
                    + minimumDays + " days (clause 3.7); refusing to start");
        }
        return new RetentionPolicy(retention);
    }

    /** Data that started before this instant (strictly) may be purged. */
    public Instant cutoff(Instant now) {
        return now.minus(retention);
    }
}

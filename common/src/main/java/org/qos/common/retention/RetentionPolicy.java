package org.qos.common.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a service keeps its measured data (billing: charging records and invoice lines, clause 3.7; complaints:
 * complaints and support data, clause 3.8.2). A retention below the profile's minimum is refused, so a
 * misconfigured service never starts (and never purges data it must keep).
 */
public record RetentionPolicy(Duration retention) {

    /** @throws IllegalStateException when {@code retention} is below {@code minimumDays} days */
    public static RetentionPolicy of(Duration retention, long minimumDays) {
        if (retention == null || retention.compareTo(Duration.ofDays(minimumDays)) < 0) {
            throw new IllegalStateException("The configured retention is " + (retention == null ? null
                    : retention.toDays() + " days (" + retention + ")") + ": the quality profile keeps this data at least "
                    + minimumDays + " days; refusing to start");
        }
        return new RetentionPolicy(retention);
    }

    /** Data older than this instant (strictly) may be purged. */
    public Instant cutoff(Instant now) {
        return now.minus(retention);
    }
}

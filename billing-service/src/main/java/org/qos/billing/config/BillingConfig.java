package org.qos.billing.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the billing service. */
@ConfigMapping(prefix = "qos.billing")
public interface BillingConfig {

    /**
     * How long charging data (charging records, invoice lines) is kept: an ISO-8601 period in calendar terms, e.g.
     * {@code P180D} or {@code P7M}. Below the profile's minimum (clause 3.7: 180 days) the service refuses to start.
     * Environment variable: {@code QOS_BILLING_RETENTION}.
     */
    @WithDefault("P180D")
    String retention();

    /** How often data older than the retention is purged (and next month's partition created), e.g. {@code 6h}. */
    @WithDefault("6h")
    String purgeInterval();

    /**
     * How long a retention purge waits for a table or row lock (an upload holding it) before it gives up, rolls back
     * and leaves the work to its next run, e.g. {@code 2s}; short, so that requests never queue behind a waiting
     * purge. Environment variable: {@code QOS_BILLING_PURGE_LOCK_TIMEOUT}.
     */
    @WithDefault("2s")
    Duration purgeLockTimeout();
}

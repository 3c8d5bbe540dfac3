package org.qos.complaints.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the complaints service. */
@ConfigMapping(prefix = "qos.complaints")
public interface ComplaintsConfig {

    /**
     * How long complaint data (complaints, contacts, outages, support calls) is kept: an ISO-8601 period in calendar
     * terms, e.g. {@code P1Y} or {@code P18M} (a year runs to the same date and time of the next year). Below the
     * profile's minimum (clause 3.8.2: a year) the service refuses to start. Environment variable:
     * {@code QOS_COMPLAINTS_RETENTION}.
     */
    @WithDefault("P1Y")
    String retention();

    /** How often data older than the retention is purged, e.g. {@code 6h}. */
    @WithDefault("6h")
    String purgeInterval();

    /** Complaints due within this many hours are "due soon" on the gauges and, by default, on the alerts endpoint. */
    @WithDefault("12")
    int alertWithinHours();

    /** How often the overdue / due-soon gauges on {@code /q/metrics} are recomputed, e.g. {@code 60s}. */
    @WithDefault("60s")
    String gaugeInterval();

    /**
     * How far in the future a date the operator supplies ({@code receivedAt}, {@code respondedAt}, a support call's
     * {@code at}) may lie, for the difference between its clock and the server's, e.g. {@code PT5M}. Environment
     * variable: {@code QOS_COMPLAINTS_CLOCK_SKEW}.
     */
    @WithDefault("PT5M")
    Duration clockSkew();

    /**
     * The largest subscriber count accepted (a plausibility bound: a larger figure is a wrong one). Environment
     * variable: {@code QOS_COMPLAINTS_MAX_SUBSCRIBER_COUNT}.
     */
    @WithDefault("1000000000")
    long maxSubscriberCount();

    /**
     * How long a retention purge waits for a table or row lock (an upload holding it) before it gives up, rolls back
     * and leaves the work to its next run, e.g. {@code 2s}; short, so that requests never queue behind a waiting
     * purge. Environment variable: {@code QOS_COMPLAINTS_PURGE_LOCK_TIMEOUT}.
     */
    @WithDefault("2s")
    Duration purgeLockTimeout();
}

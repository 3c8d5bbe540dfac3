package org.qos.billing.domain;

/**
 * A wrongly charged call or record: for a call, its id and real duration; for a record, its id and recorded
 * duration; errorSeconds is what counts in billing.wrong-time.
 */
public record Discrepancy(DiscrepancyKind kind, String callId, String recordId, Long realSeconds,
        Long recordedSeconds, long errorSeconds) {
}

package org.qos.billing.domain;

/**
 * A wrongly charged call or record: for a call, its id and real duration; for a record, its id and recorded
 * duration; errorMillis is what counts in billing.wrong-time. Durations in milliseconds (exact).
 */
public record Discrepancy(DiscrepancyKind kind, String callId, String recordId, Long realMillis,
        Long recordedMillis, long errorMillis) {
}

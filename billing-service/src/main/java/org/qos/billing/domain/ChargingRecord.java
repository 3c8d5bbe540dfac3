package org.qos.billing.domain;

import java.time.Instant;

/**
 * An operator's charging record of a test-call campaign, with its numbers as digits only and its duration in
 * milliseconds (exact).
 */
public record ChargingRecord(String recordId, String callerDigits, String calleeDigits, Instant startedAt,
        long durationMillis) {
}

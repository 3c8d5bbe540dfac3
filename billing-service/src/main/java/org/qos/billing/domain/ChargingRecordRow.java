package org.qos.billing.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A charging record as uploaded, of a test-call campaign ({@code durationSeconds}, exact decimal seconds with at
 * most three decimals; no end) or of an invoice audit ({@code endedAt}, no duration; caller is the subscriber).
 * Numbers as sent and as digits.
 */
public record ChargingRecordRow(String recordId, String caller, String callerDigits, String callee,
        String calleeDigits, OffsetDateTime startedAt, BigDecimal durationSeconds, OffsetDateTime endedAt,
        BigDecimal charge) {
}

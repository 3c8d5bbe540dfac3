package org.qos.billing.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A test call as uploaded: numbers as sent and as digits, its duration in exact decimal seconds (at most three
 * decimals), and whether its duration excludes it.
 */
public record TestCallRow(String callId, String caller, String callerDigits, String callee, String calleeDigits,
        Direction direction, OffsetDateTime startedAt, BigDecimal durationSeconds, boolean excluded) {
}

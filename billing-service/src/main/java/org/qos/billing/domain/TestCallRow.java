package org.qos.billing.domain;

import java.time.OffsetDateTime;

/** A test call as uploaded: numbers as sent and as digits, and whether its duration excludes it. */
public record TestCallRow(String callId, String caller, String callerDigits, String callee, String calleeDigits,
        Direction direction, OffsetDateTime startedAt, long durationSeconds, boolean excluded) {
}

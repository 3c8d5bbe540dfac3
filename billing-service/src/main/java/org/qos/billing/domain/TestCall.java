package org.qos.billing.domain;

import java.time.Instant;

/**
 * A simulated call as the test equipment logged it (the truth), with its numbers as digits only.
 *
 * @param durationMillis the real duration, milliseconds (exact: the equipment logs milliseconds)
 * @param excluded true when the call lies outside the profile's duration range (OUT_OF_RANGE_DURATION): it still
 *                 takes part in matching, but is no discrepancy and not in the denominators
 */
public record TestCall(String callId, String callerDigits, String calleeDigits, Direction direction,
        Instant startedAt, long durationMillis, boolean excluded) {
}

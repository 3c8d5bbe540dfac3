package org.qos.complaints.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One row of an operator's support-call log; {@code answeredAfterSeconds} null = abandoned. */
public record SupportCall(String callId, OffsetDateTime at, BigDecimal answeredAfterSeconds) {
}

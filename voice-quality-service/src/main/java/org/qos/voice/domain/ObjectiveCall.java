package org.qos.voice.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One sampled call of an objective campaign, with the exclusion the profile gives it (null when counted). */
public record ObjectiveCall(String callId, OffsetDateTime startedAt, BigDecimal score, BigDecimal speedKmh,
        boolean onNet, Exclusion exclusion) {
}

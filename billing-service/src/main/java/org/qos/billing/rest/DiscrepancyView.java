package org.qos.billing.rest;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.billing.domain.Discrepancy;
import org.qos.billing.domain.Durations;

/** A wrongly charged call or record; durations in exact decimal seconds (milliseconds at most, never rounded). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "A wrongly charged call or record", example = "{\"kind\": \"WRONG_DURATION\", \"callId\": \"C-0001\","
        + " \"recordId\": \"R-0001\", \"realSeconds\": 120.25, \"recordedSeconds\": 125, \"errorSeconds\": 4.75}")
public record DiscrepancyView(
        @Schema(example = "WRONG_DURATION", enumeration = {"NOT_CHARGED", "PHANTOM", "WRONG_NUMBER", "WRONG_DURATION"})
        String kind,
        @Schema(description = "The test call; null for a phantom record", nullable = true) String callId,
        @Schema(description = "The charging record; null for a call not charged", nullable = true) String recordId,
        @Schema(description = "The call's real duration (test equipment), decimal seconds", nullable = true,
                multipleOf = 0.001, example = "120.25") BigDecimal realSeconds,
        @Schema(description = "The record's duration, decimal seconds", nullable = true, multipleOf = 0.001,
                example = "125") BigDecimal recordedSeconds,
        @Schema(description = "Seconds wrongly charged: |recorded - real|, the real duration (not charged), or the"
                + " recorded one (phantom); exact decimal seconds", multipleOf = 0.001, example = "4.75")
        BigDecimal errorSeconds) {

    public static DiscrepancyView of(Discrepancy discrepancy) {
        return new DiscrepancyView(discrepancy.kind().name(), discrepancy.callId(), discrepancy.recordId(),
                Durations.seconds(discrepancy.realMillis()), Durations.seconds(discrepancy.recordedMillis()),
                Durations.seconds(discrepancy.errorMillis()));
    }
}

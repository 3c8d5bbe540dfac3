package org.qos.billing.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.billing.domain.Discrepancy;

/** A wrongly charged call or record. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "A wrongly charged call or record", example = "{\"kind\": \"WRONG_DURATION\", \"callId\": \"C-0001\","
        + " \"recordId\": \"R-0001\", \"realSeconds\": 120, \"recordedSeconds\": 125, \"errorSeconds\": 5}")
public record DiscrepancyView(
        @Schema(example = "WRONG_DURATION", enumeration = {"NOT_CHARGED", "PHANTOM", "WRONG_NUMBER", "WRONG_DURATION"})
        String kind,
        @Schema(description = "The test call; null for a phantom record", nullable = true) String callId,
        @Schema(description = "The charging record; null for a call not charged", nullable = true) String recordId,
        @Schema(description = "The call's real duration (test equipment)", nullable = true) Long realSeconds,
        @Schema(description = "The record's duration", nullable = true) Long recordedSeconds,
        @Schema(description = "Seconds wrongly charged: |recorded - real|, the real duration (not charged), or the"
                + " recorded one (phantom)") long errorSeconds) {

    public static DiscrepancyView of(Discrepancy discrepancy) {
        return new DiscrepancyView(discrepancy.kind().name(), discrepancy.callId(), discrepancy.recordId(),
                discrepancy.realSeconds(), discrepancy.recordedSeconds(), discrepancy.errorSeconds());
    }
}

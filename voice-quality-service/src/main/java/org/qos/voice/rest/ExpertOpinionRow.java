package org.qos.voice.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: one row of an EXPERT_PANEL campaign's samples as the API reads it (field names as the
 * service's row schema has them; a test keeps the two equal).
 */
@Schema(name = "ExpertOpinionRow", description = "One expert's opinion of an EXPERT_PANEL campaign. Unknown fields"
        + " are refused; an expert with fewer than 30 successful calls is stored and excluded (TOO_FEW_CALLS).",
        requiredProperties = {"expertId", "successfulCalls", "score"},
        additionalProperties = Schema.False.class,
        example = "{\"expertId\": \"E-01\", \"successfulCalls\": 42, \"score\": 4}")
public record ExpertOpinionRow(
        @Schema(description = "The expert's id, unique in the campaign", maxLength = 64, example = "E-01")
        String expertId,
        @Schema(description = "Calls the expert made successfully", minimum = "0", maximum = "1000000",
                example = "42") Integer successfulCalls,
        @Schema(description = "The expert's opinion, a whole number within the quality profile's scale (1 to 5)",
                example = "4") Integer score) implements VoiceSampleRow {
}

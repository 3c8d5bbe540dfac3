package org.qos.voice.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.voice.domain.Method;

/** A new voice-quality campaign. */
@Schema(name = "VoiceCampaignRequest", description = "A new voice-quality campaign. A CUSTOMER_SURVEY needs subscriberCount (its minimum sample is ceil(1 % of it))", example = """
        {"operatorId": "ALPHA", "areaCode": "HN", "method": "OBJECTIVE", "periodStart": "2026-07-01",
         "periodEnd": "2026-09-30", "instrument": "P.862.1"}""")
public record CampaignRequest(
        @Schema(description = "The measured operator", example = "ALPHA", required = true) String operatorId,
        @Schema(description = "The measured area", example = "HN", required = true) String areaCode,
        @Schema(description = "One of the three methods of clause 3.4", required = true) Method method,
        @Schema(example = "2026-07-01", required = true) LocalDate periodStart,
        @Schema(example = "2026-09-30", required = true) LocalDate periodEnd,
        @Schema(description = "CUSTOMER_SURVEY only, required: the operator's customers (the survey's frame)",
                example = "120000") Long subscriberCount,
        @Schema(description = "OBJECTIVE only: the scoring instrument (default P.862.1, scores are MOS-LQO)",
                example = "P.862.1") String instrument) {
}

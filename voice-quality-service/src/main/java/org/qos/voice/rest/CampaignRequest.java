package org.qos.voice.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.voice.service.VoiceCampaignService;
import org.qos.voice.domain.Method;

/** A new voice-quality campaign. */
@Schema(name = "VoiceCampaignRequest", description = "A new voice-quality campaign. A CUSTOMER_SURVEY needs"
        + " subscriberCount (its minimum sample is ceil(1 % of it)); an OBJECTIVE campaign names its instrument:"
        + " P.862.1 (default), P.862, P.862.2, P.863 or G.107", example = """
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
        @Schema(description = "OBJECTIVE only: the scoring instrument, default P.862.1. score is the instrument's native value, its"
                        + " range and mapping onto MOS stated by the quality profile (TCN 68-228:2004): P.862 raw PESQ"
                        + " -0.5 to 4.5, mapped by ITU-T P.862.1; P.862.1, P.862.2 (wideband), P.863 (POLQA) MOS-LQO"
                        + " 1 to 5, taken as they are; G.107 E-model rating R 0 to 100, mapped by G.107 Annex B to"
                        + " MOS-CQE (an estimate: a planning model). A call is good when its mapped score is 3 or more."
                        + " An instrument without a mapping onto MOS (P.861, PSQM) is refused (400)",
                example = "P.862.1") String instrument) {

    VoiceCampaignService.NewCampaign campaign() {
        return new VoiceCampaignService.NewCampaign(operatorId, areaCode, method, periodStart, periodEnd,
                subscriberCount, instrument);
    }
}

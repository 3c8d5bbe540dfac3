package org.qos.billing.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.billing.service.BillingCampaignService;

/** A new test-call campaign. */
@Schema(name = "BillingCampaignRequest", description = "A new test-call campaign. durationToleranceSeconds defaults to 1, matchWindowSeconds to 30 (each 0 to 600)", example = "{\"operatorId\": \"ALPHA\", \"periodStart\": \"2026-04-01\","
        + " \"periodEnd\": \"2026-06-30\", \"durationToleranceSeconds\": 1, \"matchWindowSeconds\": 30}")
public record CampaignRequest(
        @Schema(example = "ALPHA") String operatorId,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(description = "Largest |recorded - real| duration still correct, seconds (default 1)", example = "1")
        Integer durationToleranceSeconds,
        @Schema(description = "Largest start-time difference of a call and its record, seconds (default 30)",
                example = "30")
        Integer matchWindowSeconds) {

    BillingCampaignService.NewCampaign campaign() {
        return new BillingCampaignService.NewCampaign(operatorId, periodStart, periodEnd, durationToleranceSeconds,
                matchWindowSeconds);
    }
}

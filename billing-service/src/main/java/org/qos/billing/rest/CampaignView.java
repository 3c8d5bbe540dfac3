package org.qos.billing.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.campaigns.rest.CampaignState;
import org.qos.billing.domain.Campaign;

/** A test-call campaign as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BillingCampaign", description = "A test-call campaign", requiredProperties = {"id", "operatorId",
        "periodStart", "periodEnd", "durationToleranceSeconds", "matchWindowSeconds", "status", "createdAt", "createdBy", "createdByRole"})
public record CampaignView(
        UUID id,
        @Schema(example = "ALPHA") String operatorId,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(example = "1") int durationToleranceSeconds,
        @Schema(example = "30") int matchWindowSeconds,
        @JsonUnwrapped CampaignState state) {

    public static CampaignView of(Campaign campaign, ZoneOffset zone) {
        return new CampaignView(campaign.getId(), campaign.getOperatorId(), campaign.getPeriodStart(),
                campaign.getPeriodEnd(), campaign.getDurationToleranceSeconds(), campaign.getMatchWindowSeconds(),
                CampaignState.of(campaign, zone));
    }
}

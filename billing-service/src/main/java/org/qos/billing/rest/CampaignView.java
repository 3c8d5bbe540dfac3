package org.qos.billing.rest;

import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.campaigns.rest.CampaignFields;
import org.qos.billing.domain.Campaign;

/** A test-call campaign as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BillingCampaign", description = "A test-call campaign",
        requiredProperties = {"durationToleranceSeconds", "matchWindowSeconds"})
public record CampaignView(
        @JsonUnwrapped CampaignFields campaign,
        @Schema(example = "1") int durationToleranceSeconds,
        @Schema(example = "30") int matchWindowSeconds) {

    public static CampaignView of(Campaign campaign, ZoneOffset zone) {
        return new CampaignView(CampaignFields.of(campaign, zone), campaign.getDurationToleranceSeconds(),
                campaign.getMatchWindowSeconds());
    }
}

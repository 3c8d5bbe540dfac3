package org.qos.coverage.rest;

import java.math.BigDecimal;
import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.campaigns.rest.CampaignFields;
import org.qos.coverage.domain.Campaign;
import org.qos.coverage.domain.Decimals;

/** A drive-test campaign as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CoverageCampaign", description = "A drive-test campaign",
        requiredProperties = {"areaCode", "thresholdDbm", "binMeters"})
public record CampaignView(
        @JsonUnwrapped CampaignFields campaign,
        @Schema(example = "HN") String areaCode,
        @Schema(description = "Received level (dBm) at or above which a bin's median makes it covered", example = "-85")
        BigDecimal thresholdDbm,
        @Schema(description = "Side of the square bins, Web Mercator metres", example = "100") int binMeters) {

    public static CampaignView of(Campaign campaign, ZoneOffset zone) {
        return new CampaignView(CampaignFields.of(campaign, zone), campaign.getAreaCode(),
                Decimals.plain(campaign.getThresholdDbm()), campaign.getBinMeters());
    }
}

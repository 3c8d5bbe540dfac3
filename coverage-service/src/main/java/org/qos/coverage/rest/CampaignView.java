package org.qos.coverage.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.campaigns.rest.CampaignState;
import org.qos.coverage.domain.Campaign;
import org.qos.coverage.domain.Decimals;

/** A drive-test campaign as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CoverageCampaign", description = "A drive-test campaign", requiredProperties = {"id", "operatorId",
        "areaCode", "periodStart", "periodEnd", "thresholdDbm", "binMeters", "status", "createdAt", "createdBy", "createdByRole"})
public record CampaignView(
        UUID id,
        @Schema(example = "ALPHA") String operatorId,
        @Schema(example = "HN") String areaCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(description = "Received level (dBm) at or above which a bin's median makes it covered", example = "-85")
        BigDecimal thresholdDbm,
        @Schema(description = "Side of the square bins, Web Mercator metres", example = "100") int binMeters,
        @JsonUnwrapped CampaignState state) {

    public static CampaignView of(Campaign campaign, ZoneOffset zone) {
        return new CampaignView(campaign.getId(), campaign.getOperatorId(), campaign.getAreaCode(),
                campaign.getPeriodStart(), campaign.getPeriodEnd(), Decimals.plain(campaign.getThresholdDbm()),
                campaign.getBinMeters(), CampaignState.of(campaign, zone));
    }
}

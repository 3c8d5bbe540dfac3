package org.qos.billing.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.billing.domain.Campaign;

/** A test-call campaign as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BillingCampaign", description = "A test-call campaign")
public record CampaignView(
        UUID id,
        @Schema(example = "ALPHA") String operatorId,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(example = "1") int durationToleranceSeconds,
        @Schema(example = "30") int matchWindowSeconds,
        @Schema(description = "OPEN takes uploads; CLOSED is frozen", example = "OPEN") String status,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime closedAt,
        String closedBy) {

    public static CampaignView of(Campaign campaign, ZoneOffset zone) {
        return new CampaignView(campaign.getId(), campaign.getOperatorId(), campaign.getPeriodStart(),
                campaign.getPeriodEnd(), campaign.getDurationToleranceSeconds(), campaign.getMatchWindowSeconds(),
                campaign.isClosed() ? "CLOSED" : "OPEN", campaign.getCreatedAt().atOffset(zone),
                campaign.getCreatedBy(), campaign.getClosedAt() == null ? null : campaign.getClosedAt().atOffset(zone),
                campaign.getClosedBy());
    }
}

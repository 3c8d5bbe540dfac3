package org.qos.campaigns.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.campaigns.domain.CampaignEntity;
import org.qos.campaigns.domain.CreatorRole;

/**
 * The part of every family's campaign view that the lifecycle owns: open or closed, who created it (and as
 * regulator or operator) and who closed it, and when (in the profile's zone). A view carries it {@code @JsonUnwrapped}, so its fields stand at the view's top
 * level, as api.md shows them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignState(
        @Schema(description = "OPEN takes uploads; CLOSED is frozen", enumeration = {"OPEN", "CLOSED"}, example = "OPEN")
        String status,
        OffsetDateTime createdAt,
        @Schema(example = "alpha") String createdBy,
        @Schema(description = "Whether the regulator or the operator created it. In the regulator's campaign the"
                + " measurements (voice samples, drive-test samples, billing test calls) and closing are the"
                + " regulator's; the operator may add its own records (charging records, invoice lines)",
                required = true, example = "OPERATOR") CreatorRole createdByRole,
        @Schema(description = "When it was closed; absent while open") OffsetDateTime closedAt,
        @Schema(description = "Who closed it; absent while open") String closedBy) {

    public static CampaignState of(CampaignEntity campaign, ZoneOffset zone) {
        return new CampaignState(campaign.isClosed() ? "CLOSED" : "OPEN", campaign.getCreatedAt().atOffset(zone),
                campaign.getCreatedBy(), campaign.getCreatedByRole(), campaign.getClosedAt() == null ? null : campaign.getClosedAt().atOffset(zone),
                campaign.getClosedBy());
    }
}

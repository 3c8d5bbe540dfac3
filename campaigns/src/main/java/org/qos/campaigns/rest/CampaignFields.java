package org.qos.campaigns.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.campaigns.domain.CampaignEntity;
import org.qos.campaigns.domain.CreatorRole;

/**
 * The fields of every family's campaign view, from the columns every campaign has ({@link CampaignEntity}): its id,
 * operator and period, open or closed, who created it (and as regulator or operator) and who closed it, and when (in
 * the profile's zone). A view carries it {@code @JsonUnwrapped}, so its fields stand at the view's top level, as
 * api.md shows them, beside the family's own. What every campaign has is {@code required} here, so that a view's
 * {@code requiredProperties} name only its own fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignFields(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "ALPHA") String operatorId,
        @Schema(required = true) LocalDate periodStart,
        @Schema(required = true) LocalDate periodEnd,
        @Schema(description = "OPEN takes uploads; CLOSED is frozen", enumeration = {"OPEN", "CLOSED"}, example = "OPEN",
                required = true) String status,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true, example = "alpha") String createdBy,
        @Schema(description = "Whether the regulator or the operator created it. In the regulator's campaign the"
                + " measurements (voice samples, drive-test samples, billing test calls) and closing are the"
                + " regulator's; the operator may add its own records (charging records, invoice lines)",
                required = true, example = "OPERATOR") CreatorRole createdByRole,
        @Schema(description = "When it was closed; absent while open") OffsetDateTime closedAt,
        @Schema(description = "Who closed it; absent while open") String closedBy) {

    public static CampaignFields of(CampaignEntity campaign, ZoneOffset zone) {
        return new CampaignFields(campaign.getId(), campaign.getOperatorId(), campaign.getPeriodStart(),
                campaign.getPeriodEnd(), campaign.isClosed() ? "CLOSED" : "OPEN", campaign.getCreatedAt().atOffset(zone),
                campaign.getCreatedBy(), campaign.getCreatedByRole(),
                campaign.getClosedAt() == null ? null : campaign.getClosedAt().atOffset(zone), campaign.getClosedBy());
    }
}

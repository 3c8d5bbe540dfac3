package org.qos.campaigns.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A test campaign as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TestCampaignView(UUID id, String operatorId, String label, LocalDate periodStart, LocalDate periodEnd,
        String status, Instant createdAt, String createdBy, String createdByRole, Instant closedAt, String closedBy) {

    static TestCampaignView of(TestCampaign campaign) {
        return new TestCampaignView(campaign.getId(), campaign.getOperatorId(), campaign.getLabel(),
                campaign.getPeriodStart(), campaign.getPeriodEnd(), campaign.isClosed() ? "CLOSED" : "OPEN",
                campaign.getCreatedAt(), campaign.getCreatedBy(), campaign.getCreatedByRole().name(), campaign.getClosedAt(), campaign.getClosedBy());
    }
}

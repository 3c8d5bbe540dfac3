package org.qos.campaigns.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What every new campaign is given before its family's own fields: id, owner, period, creation (when, who, as what). */
public record CampaignHeader(UUID id, String operatorId, LocalDate periodStart, LocalDate periodEnd,
        Instant createdAt, String createdBy, CreatorRole createdByRole) {
}

package org.qos.billing.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.qos.campaigns.domain.CampaignEntity;

/** What a KPI result is about: a test-call campaign or an invoice audit, of one operator and period. */
public record Subject(UUID id, String operatorId, LocalDate periodStart, LocalDate periodEnd) {

    public static Subject of(CampaignEntity campaign) {
        return new Subject(campaign.getId(), campaign.getOperatorId(), campaign.getPeriodStart(),
                campaign.getPeriodEnd());
    }
}

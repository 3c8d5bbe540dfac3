package org.qos.coverage.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.campaigns.repository.CampaignQueries;
import org.qos.coverage.domain.Campaign;

import io.quarkus.panache.common.Sort;

/** Drive-test campaign queries: the shared ones, compliance listings ordered by area within a period. */
@ApplicationScoped
public class CampaignRepository implements CampaignQueries<Campaign> {

    @Override
    public Sort complianceOrder() {
        return Sort.ascending("operatorId", "periodStart", "areaCode").and("createdAt").and("id");
    }
}

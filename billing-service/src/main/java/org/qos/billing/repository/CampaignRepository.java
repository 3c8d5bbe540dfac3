package org.qos.billing.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.billing.domain.Campaign;
import org.qos.campaigns.repository.CampaignQueries;

/** Test-call campaign queries: the shared ones. */
@ApplicationScoped
public class CampaignRepository implements CampaignQueries<Campaign> {
}

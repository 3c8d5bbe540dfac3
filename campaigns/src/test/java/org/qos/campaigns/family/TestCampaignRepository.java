package org.qos.campaigns.family;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.campaigns.repository.CampaignQueries;

/** The shared campaign queries, as a family inherits them. */
@ApplicationScoped
public class TestCampaignRepository implements CampaignQueries<TestCampaign> {
}

package org.qos.campaigns.family;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.qos.campaigns.domain.CampaignEntity;
import org.qos.campaigns.domain.CampaignHeader;

/** The test family's campaign: the shared columns and one of its own. */
@Entity
@Table(name = "campaign")
public class TestCampaign extends CampaignEntity {

    private String label;

    protected TestCampaign() {
    }

    public TestCampaign(CampaignHeader header, String label) {
        super(header);
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}

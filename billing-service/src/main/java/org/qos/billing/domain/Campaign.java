package org.qos.billing.domain;

import jakarta.persistence.Entity;

import org.qos.campaigns.domain.CampaignEntity;
import org.qos.campaigns.domain.CampaignHeader;

/** A test-call campaign of one operator and period (clause 3.6). Never leaves the service. */
@Entity
public class Campaign extends CampaignEntity {

    private int durationToleranceSeconds;
    private int matchWindowSeconds;

    protected Campaign() {
    }

    public Campaign(CampaignHeader header, int durationToleranceSeconds, int matchWindowSeconds) {
        super(header);
        this.durationToleranceSeconds = durationToleranceSeconds;
        this.matchWindowSeconds = matchWindowSeconds;
    }

    public Subject subject() {
        return Subject.of(this);
    }

    public int getDurationToleranceSeconds() {
        return durationToleranceSeconds;
    }

    public int getMatchWindowSeconds() {
        return matchWindowSeconds;
    }
}

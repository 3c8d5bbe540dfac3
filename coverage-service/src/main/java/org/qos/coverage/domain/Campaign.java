package org.qos.coverage.domain;

import java.math.BigDecimal;

import jakarta.persistence.Entity;

import org.qos.campaigns.domain.CampaignEntity;
import org.qos.campaigns.domain.CampaignHeader;

/** A drive-test campaign of one operator, area and period. Never leaves the service. */
@Entity
public class Campaign extends CampaignEntity {

    private String areaCode;
    private BigDecimal thresholdDbm;
    private int binMeters;

    protected Campaign() {
    }

    public Campaign(CampaignHeader header, String areaCode, BigDecimal thresholdDbm, int binMeters) {
        super(header);
        this.areaCode = areaCode;
        this.thresholdDbm = thresholdDbm;
        this.binMeters = binMeters;
    }

    public CampaignFacts facts() {
        return new CampaignFacts(getId(), getOperatorId(), areaCode, getPeriodStart(), getPeriodEnd(), thresholdDbm,
                binMeters);
    }

    public String getAreaCode() {
        return areaCode;
    }

    public BigDecimal getThresholdDbm() {
        return thresholdDbm;
    }

    public int getBinMeters() {
        return binMeters;
    }
}

package org.qos.coverage.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.qos.campaigns.domain.CampaignEntity;
import org.qos.campaigns.domain.CampaignHeader;

/** A drive-test campaign of one operator, area and period. Never leaves the service. */
@Entity
@Table(name = "campaign")
public class Campaign extends CampaignEntity {

    @Column(name = "area_code", nullable = false)
    private String areaCode;

    @Column(name = "threshold_dbm", nullable = false)
    private BigDecimal thresholdDbm;

    @Column(name = "bin_meters", nullable = false)
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

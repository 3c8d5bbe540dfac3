package org.qos.billing.domain;

import jakarta.persistence.Entity;

import org.qos.campaigns.domain.CampaignEntity;
import org.qos.campaigns.domain.CampaignHeader;

/** An invoice audit of one operator and period, in one currency (clause 3.7). Never leaves the service. */
@Entity
public class InvoiceAudit extends CampaignEntity {

    private String currency;

    protected InvoiceAudit() {
    }

    public InvoiceAudit(CampaignHeader header, String currency) {
        super(header);
        this.currency = currency;
    }

    public Subject subject() {
        return Subject.of(this);
    }

    public String getCurrency() {
        return currency;
    }
}

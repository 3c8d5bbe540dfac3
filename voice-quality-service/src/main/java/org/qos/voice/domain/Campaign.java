package org.qos.voice.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.qos.campaigns.domain.CampaignEntity;
import org.qos.campaigns.domain.CampaignHeader;

/** A voice-quality measurement campaign of one operator, area, method and period. Never leaves the service. */
@Entity
public class Campaign extends CampaignEntity {

    private String areaCode;

    @Enumerated(EnumType.STRING)
    private Method method;
    private Long subscriberCount;
    private String instrument;

    protected Campaign() {
    }

    public Campaign(CampaignHeader header, String areaCode, Method method, Long subscriberCount, String instrument) {
        super(header);
        this.areaCode = areaCode;
        this.method = method;
        this.subscriberCount = subscriberCount;
        this.instrument = instrument;
    }

    public CampaignFacts facts() {
        return new CampaignFacts(getId(), getOperatorId(), areaCode, method, getPeriodStart(), getPeriodEnd(),
                subscriberCount, instrument);
    }

    public String getAreaCode() {
        return areaCode;
    }

    public Method getMethod() {
        return method;
    }

    public Long getSubscriberCount() {
        return subscriberCount;
    }

    public String getInstrument() {
        return instrument;
    }
}

package org.qos.voice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A voice-quality measurement campaign of one operator, area, method and period. Never leaves the service. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    private UUID id;

    @Column(name = "operator_id", nullable = false)
    private String operatorId;

    @Column(name = "area_code", nullable = false)
    private String areaCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Method method;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "subscriber_count")
    private Long subscriberCount;

    private String instrument;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    /** The result as computed when the campaign was closed (JSON). */
    @Column(name = "closed_result")
    private String closedResult;

    protected Campaign() {
    }

    public Campaign(UUID id, String operatorId, String areaCode, Method method, LocalDate periodStart,
            LocalDate periodEnd, Long subscriberCount, String instrument, Instant createdAt, String createdBy) {
        this.id = id;
        this.operatorId = operatorId;
        this.areaCode = areaCode;
        this.method = method;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.subscriberCount = subscriberCount;
        this.instrument = instrument;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void close(Instant at, String by, String resultJson) {
        this.closedAt = at;
        this.closedBy = by;
        this.closedResult = resultJson;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public CampaignFacts facts() {
        return new CampaignFacts(id, operatorId, areaCode, method, periodStart, periodEnd, subscriberCount, instrument);
    }

    public UUID getId() {
        return id;
    }

    public String getOperatorId() {
        return operatorId;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public Method getMethod() {
        return method;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Long getSubscriberCount() {
        return subscriberCount;
    }

    public String getInstrument() {
        return instrument;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getClosedResult() {
        return closedResult;
    }
}

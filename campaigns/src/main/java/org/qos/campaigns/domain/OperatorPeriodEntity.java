package org.qos.campaigns.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One operator's period, identified: the columns that a campaign ({@link CampaignEntity}) and a period the regulator
 * closed (complaints) share. The column names are written out, so that they map with or without a service's
 * snake-case naming strategy. Never leaves its service.
 */
@MappedSuperclass
public abstract class OperatorPeriodEntity {

    @Id
    private UUID id;

    @Column(name = "operator_id", nullable = false)
    private String operatorId;

    /** The period's first day (inclusive), in the profile's zone. */
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    /** The period's last day (inclusive). */
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    protected OperatorPeriodEntity() {
    }

    protected OperatorPeriodEntity(UUID id, String operatorId, LocalDate periodStart, LocalDate periodEnd) {
        this.id = id;
        this.operatorId = operatorId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    public UUID getId() {
        return id;
    }

    public String getOperatorId() {
        return operatorId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }
}

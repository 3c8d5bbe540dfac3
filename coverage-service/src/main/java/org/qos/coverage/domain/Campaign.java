package org.qos.coverage.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A drive-test campaign of one operator, area and period. Never leaves the service. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    private UUID id;

    @Column(name = "operator_id", nullable = false)
    private String operatorId;

    @Column(name = "area_code", nullable = false)
    private String areaCode;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "threshold_dbm", nullable = false)
    private BigDecimal thresholdDbm;

    @Column(name = "bin_meters", nullable = false)
    private int binMeters;

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

    public Campaign(UUID id, String operatorId, String areaCode, LocalDate periodStart, LocalDate periodEnd,
            BigDecimal thresholdDbm, int binMeters, Instant createdAt, String createdBy) {
        this.id = id;
        this.operatorId = operatorId;
        this.areaCode = areaCode;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.thresholdDbm = thresholdDbm;
        this.binMeters = binMeters;
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
        return new CampaignFacts(id, operatorId, areaCode, periodStart, periodEnd, thresholdDbm, binMeters);
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

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getThresholdDbm() {
        return thresholdDbm;
    }

    public int getBinMeters() {
        return binMeters;
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

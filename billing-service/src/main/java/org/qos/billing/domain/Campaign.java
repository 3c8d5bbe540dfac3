package org.qos.billing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A test-call campaign of one operator and period (clause 3.6). Never leaves the service. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    private UUID id;

    @Column(name = "operator_id", nullable = false)
    private String operatorId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "duration_tolerance_seconds", nullable = false)
    private int durationToleranceSeconds;

    @Column(name = "match_window_seconds", nullable = false)
    private int matchWindowSeconds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    /** The results (JSON array) as computed when the campaign was closed. */
    @Column(name = "closed_result")
    private String closedResult;

    protected Campaign() {
    }

    public Campaign(UUID id, String operatorId, LocalDate periodStart, LocalDate periodEnd,
            int durationToleranceSeconds, int matchWindowSeconds, Instant createdAt, String createdBy) {
        this.id = id;
        this.operatorId = operatorId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.durationToleranceSeconds = durationToleranceSeconds;
        this.matchWindowSeconds = matchWindowSeconds;
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

    public Subject subject() {
        return new Subject(id, operatorId, periodStart, periodEnd);
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

    public int getDurationToleranceSeconds() {
        return durationToleranceSeconds;
    }

    public int getMatchWindowSeconds() {
        return matchWindowSeconds;
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

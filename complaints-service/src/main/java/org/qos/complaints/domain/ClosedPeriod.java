package org.qos.complaints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reporting period of one operator that the regulator closed: its results are frozen (the JSON array of KpiResult
 * computed when it was closed), rows inside it are no longer written, and the retention purge may remove them once
 * past their retention. Never changed after it is stored; never leaves the service.
 */
@Entity
@Table(name = "closed_period")
public class ClosedPeriod {

    @Id
    private UUID id;

    @Column(name = "operator_id", nullable = false)
    private String operatorId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    /** The period's first instant in the profile's zone. */
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    /** The first instant after the period. */
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @Column(name = "closed_by", nullable = false)
    private String closedBy;

    /** The frozen results: a JSON array of KpiResult. */
    @Column(nullable = false)
    private String results;

    protected ClosedPeriod() {
    }

    public ClosedPeriod(UUID id, String operatorId, ReportingPeriod period, Instant closedAt, String closedBy,
            String results) {
        this.id = id;
        this.operatorId = operatorId;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.startsAt = period.from();
        this.endsAt = period.until();
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.results = results;
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

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getResults() {
        return results;
    }

    /** "2026-07-01 to 2026-09-30". */
    public String describe() {
        return periodStart + " to " + periodEnd;
    }
}

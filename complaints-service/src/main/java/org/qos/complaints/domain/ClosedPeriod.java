package org.qos.complaints.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.qos.campaigns.domain.OperatorPeriodEntity;

/**
 * A reporting period of one operator that the regulator closed: its results are frozen (the JSON array of KpiResult
 * computed when it was closed), rows inside it are no longer written, and the retention purge may remove them once
 * past their retention. Its operator and period are mapped as a campaign's are ({@link OperatorPeriodEntity}). Never
 * changed after it is stored; never leaves the service.
 */
@Entity
@Table(name = "closed_period")
public class ClosedPeriod extends OperatorPeriodEntity {

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
        super(id, operatorId, period.start(), period.end());
        this.startsAt = period.from();
        this.endsAt = period.until();
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.results = results;
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
        return getPeriodStart() + " to " + getPeriodEnd();
    }
}

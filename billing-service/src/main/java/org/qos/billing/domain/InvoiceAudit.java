package org.qos.billing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An invoice audit of one operator and period, in one currency (clause 3.7). Never leaves the service. */
@Entity
@Table(name = "invoice_audit")
public class InvoiceAudit {

    @Id
    private UUID id;

    @Column(name = "operator_id", nullable = false)
    private String operatorId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_result")
    private String closedResult;

    protected InvoiceAudit() {
    }

    public InvoiceAudit(UUID id, String operatorId, LocalDate periodStart, LocalDate periodEnd, String currency,
            Instant createdAt, String createdBy) {
        this.id = id;
        this.operatorId = operatorId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.currency = currency;
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

    public String getCurrency() {
        return currency;
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

package org.qos.complaints.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer's complaint to an operator. Never leaves the service; its status is derived, never stored. */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    private UUID id;

    @Column(name = "operator_id", nullable = false)
    private String operatorId;

    /** Personal data: never logged. */
    @Column(name = "customer_ref", nullable = false)
    private String customerRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String subject;

    @Column(name = "response_due_at", nullable = false)
    private Instant responseDueAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "response_summary")
    private String responseSummary;

    /** The server's receipt time of the written answer, beside the operator's own {@code respondedAt}. */
    @Column(name = "response_recorded_at")
    private Instant responseRecordedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Complaint() {
    }

    public Complaint(UUID id, String operatorId, String customerRef, Channel channel, Category category,
            Instant receivedAt, String subject, Instant responseDueAt, Instant createdAt, String createdBy) {
        this.id = id;
        this.operatorId = operatorId;
        this.customerRef = customerRef;
        this.channel = channel;
        this.category = category;
        this.receivedAt = receivedAt;
        this.subject = subject;
        this.responseDueAt = responseDueAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Records the written answer. */
    public void answer(Instant at, String summary, Instant recordedAt) {
        if (respondedAt != null) {
            throw new IllegalStateException("already answered");
        }
        this.respondedAt = at;
        this.responseSummary = summary;
        this.responseRecordedAt = recordedAt;
    }

    public boolean isAnswered() {
        return respondedAt != null;
    }

    public ComplaintStatus status(Instant now) {
        return ComplaintStatus.of(respondedAt, responseDueAt, now);
    }

    /** Whether the written answer came on time (null while unanswered): exactly the due time is on time. */
    public Boolean onTime() {
        return respondedAt == null ? null : !respondedAt.isAfter(responseDueAt);
    }

    public UUID getId() {
        return id;
    }

    public String getOperatorId() {
        return operatorId;
    }

    public String getCustomerRef() {
        return customerRef;
    }

    public Channel getChannel() {
        return channel;
    }

    public Category getCategory() {
        return category;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getResponseDueAt() {
        return responseDueAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public String getResponseSummary() {
        return responseSummary;
    }

    public Instant getResponseRecordedAt() {
        return responseRecordedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

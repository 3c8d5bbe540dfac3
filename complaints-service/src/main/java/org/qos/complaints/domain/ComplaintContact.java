package org.qos.complaints.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contact with the complaining customer: the written answer, or a call-back ({@code written = false}). */
@Entity
@Table(name = "complaint_contact")
public class ComplaintContact {

    @Id
    private UUID id;

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Column(name = "contacted_at", nullable = false)
    private Instant contactedAt;

    @Column(nullable = false)
    private boolean written;

    private String summary;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected ComplaintContact() {
    }

    public ComplaintContact(UUID id, UUID complaintId, Instant contactedAt, boolean written, String summary,
            Instant recordedAt, String recordedBy) {
        this.id = id;
        this.complaintId = complaintId;
        this.contactedAt = contactedAt;
        this.written = written;
        this.summary = summary;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getComplaintId() {
        return complaintId;
    }

    public Instant getContactedAt() {
        return contactedAt;
    }

    public boolean isWritten() {
        return written;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

package org.qos.complaints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An operator's customers as of a date, as reported (or corrected by the regulator). */
@Entity
@Table(name = "subscriber_count")
public class SubscriberCount {

    @Id
    private UUID id;

    @Column(name = "operator_id", nullable = false)
    private String operatorId;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(nullable = false)
    private long count;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_by_role", nullable = false)
    private RecorderRole recordedByRole;

    protected SubscriberCount() {
    }

    public SubscriberCount(UUID id, String operatorId, LocalDate asOf, long count, Instant recordedAt,
            String recordedBy, RecorderRole recordedByRole) {
        this.id = id;
        this.operatorId = operatorId;
        this.asOf = asOf;
        this.count = count;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.recordedByRole = recordedByRole;
    }

    public UUID getId() {
        return id;
    }

    public String getOperatorId() {
        return operatorId;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public long getCount() {
        return count;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public RecorderRole getRecordedByRole() {
        return recordedByRole;
    }
}

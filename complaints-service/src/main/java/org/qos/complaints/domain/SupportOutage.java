package org.qos.complaints.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A support-line outage, stored as sent (overlaps are merged only when computing). */
@Entity
@Table(name = "support_outage")
public class SupportOutage {

    @Id
    private UUID id;

    @Column(name = "operator_id", nullable = false)
    private String operatorId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    private String cause;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected SupportOutage() {
    }

    public SupportOutage(UUID id, String operatorId, Instant startedAt, Instant endedAt, String cause,
            Instant recordedAt, String recordedBy) {
        this.id = id;
        this.operatorId = operatorId;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.cause = cause;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Outage outage() {
        return new Outage(startedAt, endedAt);
    }

    public UUID getId() {
        return id;
    }

    public String getOperatorId() {
        return operatorId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getCause() {
        return cause;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

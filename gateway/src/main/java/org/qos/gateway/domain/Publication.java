package org.qos.gateway.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A publication: the scorecards of every operator for a period, frozen as published (never updated). */
@Entity
@Immutable
@Table(name = "publication")
public class Publication {

    @Id
    private UUID id;

    @Column(name = "period_from", nullable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false)
    private LocalDate to;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "profile_standard", nullable = false)
    private String profileStandard;

    @Column(name = "profile_version", nullable = false)
    private String profileVersion;

    /** JSON array of {@code {"operatorId", "overall"}}. */
    @Column(name = "operators", nullable = false)
    private String operators;

    /** The whole publication as JSON, exactly as it is served. */
    @Column(name = "snapshot", nullable = false)
    private String snapshot;

    @Column(name = "snapshot_sha256", nullable = false)
    private String snapshotSha256;

    protected Publication() {
    }

    public Publication(UUID id, LocalDate from, LocalDate to, OffsetDateTime publishedAt, String publishedBy,
            String profileStandard, String profileVersion, String operators, String snapshot, String snapshotSha256) {
        this.id = id;
        this.from = from;
        this.to = to;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.profileStandard = profileStandard;
        this.profileVersion = profileVersion;
        this.operators = operators;
        this.snapshot = snapshot;
        this.snapshotSha256 = snapshotSha256;
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getProfileStandard() {
        return profileStandard;
    }

    public String getProfileVersion() {
        return profileVersion;
    }

    public String getOperators() {
        return operators;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public String getSnapshotSha256() {
        return snapshotSha256;
    }
}

package org.qos.gateway.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A publication: the scorecards of every operator for a period, frozen as published (never updated). Publishing a
 * period again makes its next revision, which supersedes the previous one and says why; the successor of a
 * publication is found by its {@code supersedes}, so that no row changes.
 */
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

    /** 1 for the period's first publication, then 2, 3, ... */
    @Column(name = "revision", nullable = false)
    private int revision;

    /** The revision this one replaced; null for revision 1. */
    @Column(name = "supersedes")
    private UUID supersedes;

    /** Why the period was published again; null for revision 1 unless one was given. */
    @Column(name = "reason")
    private String reason;

    protected Publication() {
    }

    public Publication(UUID id, LocalDate from, LocalDate to, OffsetDateTime publishedAt, String publishedBy,
            String profileStandard, String profileVersion, String operators, String snapshot, String snapshotSha256,
            int revision, UUID supersedes, String reason) {
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
        this.revision = revision;
        this.supersedes = supersedes;
        this.reason = reason;
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

    public int getRevision() {
        return revision;
    }

    public UUID getSupersedes() {
        return supersedes;
    }

    public String getReason() {
        return reason;
    }
}

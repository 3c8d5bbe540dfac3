package org.qos.campaigns.domain;

import java.time.Instant;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every campaign family shares (voice, coverage and billing campaigns, invoice audits): whose it is and
 * the period it measures ({@link OperatorPeriodEntity}), who created it and in which role, and, once closed, who
 * closed it and the results frozen then (JSON). Never leaves its service.
 */
@MappedSuperclass
public abstract class CampaignEntity extends OperatorPeriodEntity {

    private Instant createdAt;
    private String createdBy;
    /** REGULATOR or OPERATOR; rows older than the column are OPERATOR. */
    @Enumerated(EnumType.STRING)
    private CreatorRole createdByRole;
    private Instant closedAt;
    private String closedBy;

    /** The results as computed when the campaign was closed (a JSON array, or one object for older rows). */
    private String closedResult;

    protected CampaignEntity() {
    }

    protected CampaignEntity(CampaignHeader header) {
        super(header.id(), header.operatorId(), header.periodStart(), header.periodEnd());
        this.createdAt = header.createdAt();
        this.createdBy = header.createdBy();
        this.createdByRole = header.createdByRole();
    }

    public void close(Instant at, String by, String resultJson) {
        this.closedAt = at;
        this.closedBy = by;
        this.closedResult = resultJson;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public CreatorRole getCreatedByRole() {
        return createdByRole;
    }

    /** Whether the regulator created it: then its measurements are the regulator's, and only it may close it. */
    public boolean isRegulators() {
        return createdByRole == CreatorRole.REGULATOR;
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

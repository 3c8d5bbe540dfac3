package org.qos.campaigns.batch;

import java.util.UUID;

/**
 * Whose rows a batch adds: the key column that the row table and the batch log both start with, its value, and the
 * words that name the owner in answers. Usually a campaign ({@code campaign_id}, checked against the campaign row:
 * 404, 403, 409 when closed); or an operator ({@code operator_id}), whose uploads need no campaign row: the caller
 * must have access to the operator.
 *
 * @param column      the key column of the row table and of the batch log, e.g. {@code campaign_id}
 * @param id          the key: the campaign's UUID or the operator's id
 * @param description how answers name the owner, e.g. "this campaign"
 */
public record BatchOwner(String column, Object id, String description) {

    public static BatchOwner campaign(UUID campaignId) {
        return new BatchOwner("campaign_id", campaignId, "this campaign");
    }

    /**
     * An operator's own rows, e.g. {@code operator("ALPHA", "this operator's support calls")}; the row table and the
     * batch log are keyed by {@code operator_id}.
     */
    public static BatchOwner operator(String operatorId, String description) {
        return new BatchOwner("operator_id", operatorId, description);
    }

    /** True for a campaign's rows (a campaign row is locked and checked). */
    public boolean isCampaign() {
        return id instanceof UUID;
    }

    /** The operator whose rows these are; null for a campaign (its operator is on the campaign row). */
    public String operatorId() {
        return id instanceof String operator ? operator : null;
    }
}

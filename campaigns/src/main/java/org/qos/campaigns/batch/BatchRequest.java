package org.qos.campaigns.batch;

import java.io.InputStream;
import java.util.UUID;

import org.qos.common.security.Caller;

/**
 * An upload to a campaign, or to an operator's own log ({@link #ofOperator}).
 *
 * @param campaignTable  schema-qualified table with {@code id, operator_id, closed_at}; null for an operator's log
 * @param batchTable     schema-qualified batch log of the same schema
 * @param idempotencyKey the {@code Idempotency-Key} header, or null
 * @param owner          whose rows these are; a campaign's ({@code campaignId}) when not given
 * @param bodySha256     hex SHA-256 of the body when it was received whole before; null: computed as it is read
 */
public record BatchRequest(UUID campaignId, String campaignTable, String batchTable, Caller caller,
        BodyFormat format, InputStream body, boolean dryRun, String idempotencyKey, BatchOwner owner,
        String bodySha256) {

    public BatchRequest {
        if (owner == null) {
            owner = BatchOwner.campaign(campaignId);
        }
    }

    /** An upload to a campaign. */
    public BatchRequest(UUID campaignId, String campaignTable, String batchTable, Caller caller, BodyFormat format,
            InputStream body, boolean dryRun, String idempotencyKey) {
        this(campaignId, campaignTable, batchTable, caller, format, body, dryRun, idempotencyKey, null, null);
    }

    public static BatchRequest of(UUID campaignId, String campaignTable, String batchTable, Caller caller,
            BatchUpload upload) {
        return new BatchRequest(campaignId, campaignTable, batchTable, caller, upload.format(), upload.body(),
                upload.dryRun(), upload.idempotencyKey(), null, upload.bodySha256());
    }

    /**
     * An upload owned by an operator, with no campaign row: the caller must have access to the operator; the row
     * table and {@code batchTable} are keyed by {@code operator_id}.
     */
    public static BatchRequest ofOperator(BatchOwner operator, String batchTable, Caller caller, BatchUpload upload) {
        if (operator.isCampaign()) {
            throw new IllegalArgumentException("not an operator: " + operator);
        }
        return new BatchRequest(null, null, batchTable, caller, upload.format(), upload.body(), upload.dryRun(),
                upload.idempotencyKey(), operator, upload.bodySha256());
    }
}

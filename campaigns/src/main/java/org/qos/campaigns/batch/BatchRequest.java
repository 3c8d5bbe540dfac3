package org.qos.campaigns.batch;

import java.io.InputStream;
import java.util.UUID;

import org.qos.common.security.Caller;

/**
 * An upload to a campaign.
 *
 * @param campaignTable  schema-qualified table with {@code id, operator_id, closed_at}
 * @param batchTable     schema-qualified batch log of the same schema
 * @param idempotencyKey the {@code Idempotency-Key} header, or null
 */
public record BatchRequest(UUID campaignId, String campaignTable, String batchTable, Caller caller,
        BodyFormat format, InputStream body, boolean dryRun, String idempotencyKey) {

    public static BatchRequest of(UUID campaignId, String campaignTable, String batchTable, Caller caller,
            BatchUpload upload) {
        return new BatchRequest(campaignId, campaignTable, batchTable, caller, upload.format(), upload.body(),
                upload.dryRun(), upload.idempotencyKey());
    }
}

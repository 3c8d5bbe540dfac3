package org.qos.complaints.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.campaigns.batch.BatchIngestion;
import org.qos.campaigns.batch.BatchOwner;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchRequest;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.batch.CopyTable;
import org.qos.campaigns.batch.RowSchema;
import org.qos.campaigns.upload.UploadReception;
import org.qos.common.security.Caller;
import org.qos.complaints.domain.SupportCall;

/**
 * The operators' support-call logs, stored by the campaigns' {@link BatchIngestion} (COPY, all or nothing, the batch
 * logged with the SHA-256 of its body, {@code Idempotency-Key} replays) into {@code complaints.support_call}, keyed by
 * operator rather than by campaign: callIds are unique per operator.
 */
@ApplicationScoped
public class SupportCallLog {

    static final String BATCH_TABLE = "complaints.support_call_batch";

    static final CopyTable<SupportCall> CALLS = CopyTable.<SupportCall>into("complaints.support_call")
            .rowId("callId", "call_id", SupportCall::callId)
            .column("at", SupportCall::at)
            .column("answered_after_seconds", SupportCall::answeredAfterSeconds);

    private final BatchIngestion ingestion;
    private final UploadReception reception;

    public SupportCallLog(BatchIngestion ingestion, UploadReception reception) {
        this.ingestion = ingestion;
        this.reception = reception;
    }

    /**
     * Stores a batch of the support calls of {@code operatorId} (the caller must have access to it), received whole
     * first as every upload is ({@link UploadReception}: caps, deadline, size; nothing held while it arrives).
     */
    public BatchReceipt ingest(String operatorId, Caller caller, BatchUpload upload, RowSchema<SupportCall> schema) {
        BatchOwner owner = BatchOwner.operator(operatorId, "this operator's support calls");
        return reception.receive(caller, upload, received -> ingestion.ingest(
                BatchRequest.ofOperator(owner, BATCH_TABLE, caller, received), schema, CALLS));
    }
}

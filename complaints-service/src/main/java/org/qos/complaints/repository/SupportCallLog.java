package org.qos.complaints.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.campaigns.batch.BatchIngestion;
import org.qos.campaigns.batch.BatchOwner;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchRequest;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.batch.CopyTable;
import org.qos.campaigns.batch.RowSchema;
import org.qos.campaigns.upload.UploadReception;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
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
    public BatchReceipt ingest(String operatorId, Caller caller, BatchUpload upload, RowSchema<SupportCall> schema,
            Supplier<Instant> earliest, Supplier<Instant> latest) {
        BatchOwner owner = BatchOwner.operator(operatorId, "this operator's support calls");
        CopyTable<SupportCall> calls = CALLS.afterCopy((connection, campaignId, batchId) ->
                refuseCallsInClosedPeriods(connection, operatorId, batchId, earliest.get(), latest.get()));
        return reception.receive(caller, upload, received -> ingestion.ingest(
                BatchRequest.ofOperator(owner, BATCH_TABLE, caller, received), schema, calls));
    }

    /**
     * 409 naming the rows (at most the first 100) of the batch just copied whose call lies in a closed reporting
     * period of the operator; the batch is rolled back. Takes the operator's period lock shared first, so a period
     * closed at the same time either waits for this batch or is seen here. The batch's calls are looked up only when
     * a closed period overlaps [earliest, latest] of the batch (the usual upload, of recent calls, costs one query).
     */
    static void refuseCallsInClosedPeriods(Connection connection, String operatorId, UUID batchId, Instant earliest,
            Instant latest) throws SQLException {
        if (earliest == null) {
            return;
        }
        ClosedPeriodRepository.lockShared(connection, operatorId);
        try (PreparedStatement any = connection.prepareStatement("SELECT 1 FROM complaints.closed_period"
                + " WHERE operator_id = ? AND starts_at <= ? AND ends_at > ? LIMIT 1")) {
            any.setString(1, operatorId);
            any.setObject(2, latest.atOffset(ZoneOffset.UTC));
            any.setObject(3, earliest.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = any.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
            }
        }
        List<FieldError> errors = new ArrayList<>();
        long rows = 0;
        try (PreparedStatement inside = connection.prepareStatement("""
                SELECT c.row_no, p.period_start, p.period_end, count(*) OVER ()
                  FROM complaints.closed_period p
                  JOIN complaints.support_call c
                    ON c.operator_id = p.operator_id AND c.at >= p.starts_at AND c.at < p.ends_at
                 WHERE p.operator_id = ? AND p.starts_at <= ? AND p.ends_at > ? AND c.batch_id = ?
                 ORDER BY c.row_no
                 LIMIT 100""")) {
            inside.setString(1, operatorId);
            inside.setObject(2, latest.atOffset(ZoneOffset.UTC));
            inside.setObject(3, earliest.atOffset(ZoneOffset.UTC));
            inside.setObject(4, batchId);
            try (ResultSet rs = inside.executeQuery()) {
                while (rs.next()) {
                    errors.add(new FieldError(rs.getInt(1), "at", "lies in the closed reporting period "
                            + rs.getObject(2, LocalDate.class) + " to " + rs.getObject(3, LocalDate.class)));
                    rows = rs.getLong(4);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, rows + " support call" + (rows == 1 ? " lies" : "s lie")
                    + " in closed reporting periods of " + operatorId + " (their results are frozen); nothing of"
                    + " this batch was stored", errors);
        }
    }
}

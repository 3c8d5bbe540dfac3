package org.qos.complaints.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.util.PSQLException;
import org.qos.campaigns.batch.BatchReader;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.campaigns.batch.RowSchema;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.Problem;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.complaints.domain.SupportCall;

import io.agroal.api.AgroalDataSource;

/**
 * The operators' support-call logs. A batch is streamed by {@link BatchReader} (row-level errors, bounded memory)
 * into a temporary table with JDBC batching, checked there for call ids repeated within the batch (400) or stored
 * by an earlier batch of the operator (409), then moved into {@code complaints.support_call} in the same
 * transaction: all or nothing. The upload is logged with the SHA-256 of its body; an {@code Idempotency-Key}
 * repeated with the same body answers as the first time and stores nothing, with another body it is 409.
 * Uploads of one operator are serialized by a transaction-scoped advisory lock.
 */
@ApplicationScoped
public class SupportCallLog {

    private static final int JDBC_BATCH = 1000;
    private static final String UNIQUE_VIOLATION = "23505";

    /** An upload of support calls for one operator. */
    public record Upload(String operatorId, String uploadedBy, BodyFormat format, InputStream body, boolean dryRun,
            String idempotencyKey, Instant uploadedAt) {
    }

    private final AgroalDataSource dataSource;

    public SupportCallLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public BatchReceipt ingest(Upload upload, RowSchema<SupportCall> schema) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                BatchReceipt receipt = ingest(connection, upload, schema);
                if (upload.dryRun() || receipt.batchId() == null) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return receipt;
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            }
        } catch (PSQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ProblemException(ProblemType.CONFLICT, "Another upload stored some of these callIds at the"
                        + " same time; nothing of this batch was stored");
            }
            throw new IllegalStateException("Storing the support calls failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the support calls failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the support calls failed: " + e.getMessage(), e);
        }
    }

    private BatchReceipt ingest(Connection connection, Upload upload, RowSchema<SupportCall> schema)
            throws SQLException, IOException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "complaints.support_call:" + upload.operatorId());
            lock.execute();
        }
        MessageDigest digest = sha256();
        InputStream body = new DigestInputStream(upload.body(), digest);
        if (upload.idempotencyKey() != null) {
            Earlier earlier = findByKey(connection, upload);
            if (earlier != null) {
                body.transferTo(OutputStream.nullOutputStream());
                if (!HexFormat.of().formatHex(digest.digest()).equals(earlier.sha256())) {
                    throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '"
                            + upload.idempotencyKey() + "' was used with another body for this operator's support calls");
                }
                return new BatchReceipt(earlier.rows(), earlier.batchId(), null);
            }
        }

        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE support_call_upload (row_no integer NOT NULL, call_id varchar(64) NOT NULL,"
                    + " at timestamptz NOT NULL, answered_after_seconds numeric) ON COMMIT DROP");
        }
        BatchReader.Outcome outcome;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO pg_temp.support_call_upload"
                + " (row_no, call_id, at, answered_after_seconds) VALUES (?, ?, ?, ?)")) {
            int[] pending = {0};
            outcome = BatchReader.read(body, upload.format(), schema, (rowNo, call) -> {
                insert.setInt(1, rowNo);
                insert.setString(2, call.callId());
                insert.setObject(3, call.at());
                if (call.answeredAfterSeconds() == null) {
                    insert.setNull(4, Types.NUMERIC);
                } else {
                    insert.setBigDecimal(4, call.answeredAfterSeconds());
                }
                insert.addBatch();
                if (++pending[0] == JDBC_BATCH) {
                    insert.executeBatch();
                    pending[0] = 0;
                }
            });
            if (outcome.valid() && pending[0] > 0) {
                insert.executeBatch();
            }
        } catch (BatchReader.BatchWriteException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
        if (!outcome.valid()) {
            throw invalidRows(outcome);
        }
        repeatedWithinBatch(connection);
        storedEarlier(connection, upload.operatorId());

        UUID batchId = UUID.randomUUID();
        try (PreparedStatement move = connection.prepareStatement("INSERT INTO complaints.support_call"
                + " (operator_id, call_id, batch_id, row_no, at, answered_after_seconds)"
                + " SELECT ?, call_id, ?, row_no, at, answered_after_seconds FROM pg_temp.support_call_upload")) {
            move.setString(1, upload.operatorId());
            move.setObject(2, batchId);
            move.executeUpdate();
        }
        try (PreparedStatement log = connection.prepareStatement("INSERT INTO complaints.support_call_batch"
                + " (id, operator_id, uploaded_by, uploaded_at, row_count, media_type, body_sha256, idempotency_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            log.setObject(1, batchId);
            log.setString(2, upload.operatorId());
            log.setString(3, upload.uploadedBy());
            log.setTimestamp(4, Timestamp.from(upload.uploadedAt()));
            log.setInt(5, outcome.rows());
            log.setString(6, upload.format() == BodyFormat.CSV ? BodyFormat.TEXT_CSV : "application/json");
            log.setString(7, HexFormat.of().formatHex(digest.digest()));
            log.setString(8, upload.idempotencyKey());
            log.executeUpdate();
        }
        return upload.dryRun() ? new BatchReceipt(outcome.rows(), null, Boolean.TRUE)
                : new BatchReceipt(outcome.rows(), batchId, null);
    }

    private static void repeatedWithinBatch(Connection connection) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        long total = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT row_no, call_id, first_row, count(*) OVER ()
                          FROM (SELECT row_no, call_id, min(row_no) OVER (PARTITION BY call_id) AS first_row
                                  FROM pg_temp.support_call_upload) rows
                         WHERE row_no > first_row
                         ORDER BY row_no
                         LIMIT %d""".formatted(Problem.MAX_LISTED_ERRORS))) {
            while (rs.next()) {
                errors.add(new FieldError(rs.getInt(1), "callId", "'" + rs.getString(2) + "' appears earlier in this"
                        + " batch (row " + rs.getInt(3) + ")"));
                total = rs.getLong(4);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_ROWS, total + " rows repeat a callId of this batch;"
                    + " nothing was stored", errors);
        }
    }

    private static void storedEarlier(Connection connection, String operatorId) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT u.row_no, u.call_id, count(*) OVER ()
                  FROM pg_temp.support_call_upload u
                  JOIN complaints.support_call s ON s.operator_id = ? AND s.call_id = u.call_id
                 ORDER BY u.row_no
                 LIMIT %d""".formatted(Problem.MAX_LISTED_ERRORS))) {
            statement.setString(1, operatorId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    errors.add(new FieldError(rs.getInt(1), "callId", "'" + rs.getString(2)
                            + "' was stored by an earlier batch"));
                    total = rs.getLong(3);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.DUPLICATE_ROW, total + " callIds of this batch are already stored"
                    + " for operator " + operatorId + "; nothing of this batch was stored", errors);
        }
    }

    private static ProblemException invalidRows(BatchReader.Outcome outcome) {
        String detail = outcome.invalidRows() == 0
                ? "The batch is invalid (" + outcome.errorCount() + (outcome.errorCount() == 1 ? " error" : " errors")
                        + "); nothing was stored"
                : outcome.invalidRows() + " of " + outcome.rows() + " rows are invalid (" + outcome.errorCount()
                        + " errors" + (outcome.errorCount() > outcome.errors().size()
                                ? ", the first " + outcome.errors().size() + " listed" : "")
                        + "); nothing was stored";
        return new ProblemException(ProblemType.INVALID_ROWS, detail, outcome.errors());
    }

    private record Earlier(UUID batchId, int rows, String sha256) {
    }

    private static Earlier findByKey(Connection connection, Upload upload) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, row_count, body_sha256 FROM"
                + " complaints.support_call_batch WHERE operator_id = ? AND idempotency_key = ?")) {
            statement.setString(1, upload.operatorId());
            statement.setString(2, upload.idempotencyKey());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new Earlier(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)) : null;
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

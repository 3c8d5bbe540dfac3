package org.qos.campaigns.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.postgresql.util.PSQLException;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

/**
 * The campaign conventions of every family, written once: an upload is checked against its campaign (404,
 * 403, 409 when closed), streamed row by row into PostgreSQL with {@code COPY} inside one transaction, and
 * committed only when every row is valid; the batch is logged with the SHA-256 of its body; an
 * {@code Idempotency-Key} repeated with the same body answers as the first time and stores nothing; a row id
 * already stored in the campaign is 409; {@code dryRun} does all of it and rolls back. The same holds for an
 * operator's own log without campaigns ({@link BatchRequest#ofOperator}): the caller must have access to the operator,
 * and its uploads wait for each other.
 */
public final class BatchIngestion {

    private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)");
    private static final Pattern KEY_VALUE = Pattern.compile("\\)=\\([^,]*, (.*)\\) already exists");
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int COPY_BUFFER = 1 << 16;

    private final DataSource dataSource;
    private final Clock clock;
    private final ZoneOffset zone;
    /** The column types of each COPY statement, read from the catalog at its first batch. */
    private final Map<String, CopyColumnType[]> columnTypes = new ConcurrentHashMap<>();

    public BatchIngestion(DataSource dataSource, Clock clock, ZoneOffset zone) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.zone = zone;
    }

    /** The owner and state of a campaign, read under a share lock so that a concurrent close waits. */
    private record CampaignState(String operatorId, boolean closed) {
    }

    public <T> BatchReceipt ingest(BatchRequest request, BatchKind<T> kind) {
        return ingest(request, kind.schema(), kind.table());
    }

    /**
     * Stores one batch, all or nothing. A target that watches its rows ({@link CopyTable#eachRow}, e.g. a
     * {@link BatchTally} counting the batch for its after-copy step) sees each one as it is copied; rows of a batch
     * that turns out invalid may have been seen.
     */
    public <T> BatchReceipt ingest(BatchRequest request, RowSchema<T> schema, CopyTable<T> target) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                BatchReceipt receipt = ingest(connection, request, schema, target);
                if (request.dryRun()) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return receipt;
            } catch (KeyTaken race) {
                // the same key of the same row kind was stored by another request between our look-up and our insert
                connection.rollback();
                BatchRecord earlier = findByKey(connection, request, target.table());
                connection.rollback();
                if (earlier == null) {
                    throw new ProblemException(ProblemType.CONFLICT, "Another upload with Idempotency-Key '"
                            + request.idempotencyKey() + "' was stored at the same time; repeat the request");
                }
                return replay(request, earlier, race.sha256);
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the batch failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the batch failed: " + e.getMessage(), e);
        }
    }

    private <T> BatchReceipt ingest(Connection connection, BatchRequest request, RowSchema<T> schema,
            CopyTable<T> target)
            throws SQLException, IOException {
        BatchOwner owner = request.owner();
        boolean closed = false;
        if (owner.isCampaign()) {
            CampaignState campaign = lockCampaign(connection, request.campaignTable(), request.campaignId());
            request.caller().checkAccess(campaign.operatorId());
            closed = campaign.closed();
        } else {
            request.caller().checkAccess(owner.operatorId());
            lockOperator(connection, request.batchTable(), owner.operatorId());
        }
        // known when the body was received whole before (UploadReception); else computed as it is read
        MessageDigest digest = request.bodySha256() == null ? sha256() : null;
        InputStream body = digest == null ? request.body() : new DigestInputStream(request.body(), digest);
        String rowKind = target.table();

        if (request.idempotencyKey() != null) {
            lockKey(connection, request, rowKind);
            BatchRecord earlier = findByKey(connection, request, rowKind);
            if (earlier != null) {
                if (digest != null) {
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                }
                return replay(request, earlier, digest == null ? request.bodySha256() : HexFormat.of().formatHex(digest.digest()));
            }
        }
        // after the key's look: a resend of a batch stored before the campaign was closed still gets its receipt
        if (closed) {
            throw new ProblemException(ProblemType.CAMPAIGN_CLOSED, "Campaign " + request.campaignId()
                    + " is closed: it takes no more uploads");
        }

        UUID batchId = UUID.randomUUID();
        List<String> columns = new ArrayList<>(List.of(owner.column(), "batch_id", "row_no"));
        columns.addAll(target.columnNames());
        String copy = "COPY " + target.table() + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT binary)";
        CopyColumnType[] types = columnTypes.get(copy);
        if (types == null) {
            types = CopyColumnType.of(connection, target.table(), columns);
            columnTypes.put(copy, types);
        }
        PGCopyOutputStream copyStream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copy, COPY_BUFFER);
        // the same two leading columns on every row: encoded once per batch
        CopyRow row = new CopyRow(copyStream, COPY_BUFFER, types, columns.toArray(String[]::new))
                .header().leading(owner.id(), batchId);
        BatchReader.Outcome outcome;
        try {
            outcome = BatchReader.read(body, request.format(), schema, (rowNo, value) -> {
                row.start(rowNo);
                target.write(row, value);
                row.end();
            });
            if (outcome.valid()) {
                row.finish();
                copyStream.endCopy();
            } else if (copyStream.isActive()) {
                copyStream.cancelCopy();
            }
        } catch (ProblemException e) {
            throw e;
        } catch (BatchReader.BatchWriteException | UncheckedIOException | IOException | SQLException e) {
            throw copyFailure(connection, request, target, e);
        }
        if (!outcome.valid()) {
            throw invalidRows(outcome);
        }
        target.afterCopy(connection, request.campaignId(), batchId);
        String hash = digest == null ? request.bodySha256() : HexFormat.of().formatHex(digest.digest());
        insertBatch(connection, request, rowKind, batchId, outcome.rows(), hash);
        return new BatchReceipt(outcome.rows(), request.dryRun() ? null : batchId, request.dryRun() ? Boolean.TRUE : null);
    }

    /** Turns a failed COPY into the right answer: a repeated row id is 409 (earlier batch) or 400 (this batch). */
    private RuntimeException copyFailure(Connection connection, BatchRequest request, CopyTable<?> target,
            Exception failure) throws SQLException {
        PSQLException sql = findCause(failure, PSQLException.class);
        if (sql == null || !UNIQUE_VIOLATION.equals(sql.getSQLState()) || sql.getServerErrorMessage() == null
                || target.rowIdField() == null) {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Storing the batch failed: " + failure.getMessage(), failure);
        }
        var message = sql.getServerErrorMessage();
        Integer rowNo = null;
        Matcher line = COPY_LINE.matcher(String.valueOf(message.getWhere()));
        if (line.find()) {
            rowNo = Integer.valueOf(line.group(1));
        }
        Matcher key = KEY_VALUE.matcher(String.valueOf(message.getDetail()));
        String rowId = key.find() ? key.group(1) : null;
        connection.rollback();
        boolean stored = rowId != null && isStored(connection, target, request.owner(), rowId);
        String field = target.rowIdField();
        if (stored) {
            return new ProblemException(ProblemType.DUPLICATE_ROW, target.rowIdField() + " '" + rowId
                    + "' is already stored in an earlier batch of " + request.owner().description()
                    + "; nothing of this batch was stored",
                    List.of(new FieldError(rowNo, field, "'" + rowId + "' was stored by an earlier batch")));
        }
        return new ProblemException(ProblemType.INVALID_ROWS, "A " + field + " is repeated within the batch; nothing was stored",
                List.of(new FieldError(rowNo, field, "'" + rowId + "' appears earlier in this batch")));
    }

    /** The answer to a resent key: the first receipt for the same body, 409 for another. */
    private static BatchReceipt replay(BatchRequest request, BatchRecord earlier, String sha256) {
        if (!sha256.equals(earlier.sha256())) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '"
                    + request.idempotencyKey() + "' was used with another body for " + request.owner().description());
        }
        return new BatchReceipt(earlier.rows(), earlier.batchId(), null);
    }

    /** The batch log already has this key for this row kind: another request stored it since our look-up. */
    private static final class KeyTaken extends RuntimeException {
        private final String sha256;

        KeyTaken(String sha256) {
            super(null, null, false, false);
            this.sha256 = sha256;
        }
    }

    private static ProblemException invalidRows(BatchReader.Outcome outcome) {
        ProblemException limit = outcome.limitExceeded();
        if (limit != null) {
            return limit;
        }
        String detail = outcome.rows() == 0 || outcome.invalidRows() == 0
                ? "The batch is invalid (" + outcome.errorCount() + " error" + (outcome.errorCount() == 1 ? "" : "s")
                        + "); nothing was stored"
                : outcome.invalidRows() + " of " + outcome.rows() + " rows are invalid (" + outcome.errorCount()
                        + " error" + (outcome.errorCount() == 1 ? "" : "s") + (outcome.errorCount() > outcome.errors().size()
                                ? ", the first " + outcome.errors().size() + " listed" : "")
                        + "); nothing was stored";
        return new ProblemException(ProblemType.INVALID_ROWS, detail, outcome.errors());
    }

    private boolean isStored(Connection connection, CopyTable<?> target, BatchOwner owner, String rowId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM " + target.table()
                + " WHERE " + owner.column() + " = ? AND " + target.rowIdColumn() + " = ?")) {
            statement.setObject(1, owner.id());
            statement.setString(2, rowId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static CampaignState lockCampaign(Connection connection, String table, UUID campaignId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT operator_id, closed_at IS NOT NULL FROM " + table + " WHERE id = ? FOR SHARE")) {
            statement.setObject(1, campaignId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("Campaign " + campaignId);
                }
                return new CampaignState(rs.getString(1), rs.getBoolean(2));
            }
        }
    }

    /**
     * Serializes the uploads of one campaign and row kind that carry the same key (until the transaction ends): a
     * resend while the first request is still copying waits for it, then answers as above instead of 409 for its row
     * ids. A key names one upload per row kind: the same key sent to another kind of rows of the campaign (an audit's
     * charging records and its invoice lines) is another upload.
     */
    private static void lockKey(Connection connection, BatchRequest request, String rowKind) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            statement.setString(1, request.batchTable() + " " + request.owner().id() + " " + rowKind + " "
                    + request.idempotencyKey());
            statement.execute();
        }
    }

    /** Uploads of one operator to one batch log wait for each other (a repeated key then answers as the first). */
    private static void lockOperator(Connection connection, String batchTable, String operatorId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, batchTable + ":" + operatorId);
            lock.execute();
        }
    }

    private BatchRecord findByKey(Connection connection, BatchRequest request, String rowKind) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(selectBatch(request.owner().column()) + request.batchTable()
                + " WHERE " + request.owner().column() + " = ? AND row_kind = ? AND idempotency_key = ?")) {
            statement.setObject(1, request.owner().id());
            statement.setString(2, rowKind);
            statement.setString(3, request.idempotencyKey());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? batch(rs) : null;
            }
        }
    }

    private void insertBatch(Connection connection, BatchRequest request, String rowKind, UUID batchId, int rows,
            String hash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + request.batchTable()
                + " (id, " + request.owner().column()
                + ", uploaded_by, uploaded_at, row_count, media_type, body_sha256, idempotency_key, row_kind)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setObject(1, batchId);
            statement.setObject(2, request.owner().id());
            statement.setString(3, request.caller().name());
            statement.setTimestamp(4, Timestamp.from(clock.instant()));
            statement.setInt(5, rows);
            statement.setString(6, request.format() == BodyFormat.CSV ? BodyFormat.TEXT_CSV : "application/json");
            statement.setString(7, hash);
            statement.setString(8, request.idempotencyKey());
            statement.setString(9, rowKind);
            statement.executeUpdate();
        } catch (PSQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) && request.idempotencyKey() != null) {
                throw new KeyTaken(hash);
            }
            throw e;
        }
    }

    private static final String SELECT_BATCH = selectBatch("campaign_id");

    /** Column 2 is the owner's key: a campaign's id is read into the record, an operator's is not. */
    private static String selectBatch(String ownerColumn) {
        return "SELECT id, " + ownerColumn + ", uploaded_by, uploaded_at, row_count, media_type, body_sha256,"
                + " idempotency_key FROM ";
    }

    /** The batches of a campaign, newest first. */
    public Page<BatchRecord> listBatches(String batchTable, UUID campaignId, PageRequest page) {
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT count(*) FROM " + batchTable + " WHERE campaign_id = ?")) {
                count.setObject(1, campaignId);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<BatchRecord> items = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(SELECT_BATCH + batchTable
                    + " WHERE campaign_id = ? ORDER BY uploaded_at DESC, id LIMIT ? OFFSET ?")) {
                statement.setObject(1, campaignId);
                statement.setInt(2, page.size());
                statement.setLong(3, page.offset());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        items.add(batch(rs));
                    }
                }
            }
            return new Page<>(items, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Listing batches failed: " + e.getMessage(), e);
        }
    }

    private BatchRecord batch(ResultSet rs) throws SQLException {
        return new BatchRecord(rs.getObject(1, UUID.class), rs.getObject(2) instanceof UUID campaignId ? campaignId : null,
                rs.getString(3),
                rs.getTimestamp(4).toInstant().atOffset(zone), rs.getInt(5), rs.getString(6), rs.getString(7),
                rs.getString(8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <E extends Throwable> E findCause(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}

package org.qos.billing.repository;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.qos.billing.domain.ChargingRecordRow;
import org.qos.campaigns.batch.BatchTarget;
import org.qos.campaigns.batch.CopyRow;
import org.qos.campaigns.batch.RowSchema;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

/**
 * Charging records (of a campaign or of an audit) as the target of a COPY batch. The table is partitioned by month
 * of started_at, so it cannot carry a unique index on (campaign_id, record_id) (a partitioned table's unique
 * indexes must contain the partition key). Instead, after the COPY and inside the batch's transaction, the batch
 * takes a transaction advisory lock of its campaign (so that two uploads to one campaign are checked one after the
 * other, the second seeing the first's committed rows) and looks for a record id repeated within the batch (400)
 * or already stored by an earlier batch (409). Both lookups use the index on (campaign_id, record_id).
 */
public final class ChargingRecordTable implements BatchTarget<ChargingRecordRow> {

    public static final String TABLE = "billing.charging_record";

    private final RowSchema<ChargingRecordRow> schema;

    public ChargingRecordTable(RowSchema<ChargingRecordRow> schema) {
        this.schema = schema;
    }

    @Override
    public RowSchema<ChargingRecordRow> schema() {
        return schema;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public String columns() {
        return "record_id, caller, caller_digits, callee, callee_digits, started_at, duration_seconds, ended_at, charge";
    }

    @Override
    public String rowIdField() {
        return "recordId";
    }

    @Override
    public String rowIdColumn() {
        return "record_id";
    }

    @Override
    public void write(CopyRow out, ChargingRecordRow record) throws IOException {
        out.text(record.recordId()).text(record.caller()).text(record.callerDigits()).text(record.callee())
                .text(record.calleeDigits()).timestamp(record.startedAt()).number(record.durationSeconds())
                .timestamp(record.endedAt()).number(record.charge());
    }

    @Override
    public void afterCopy(Connection connection, UUID campaignId, UUID batchId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtextextended('billing.charging_record ' || ?, 0))")) {
            lock.setString(1, campaignId.toString());
            lock.execute();
        }
        try (PreparedStatement repeated = connection.prepareStatement("""
                SELECT record_id, (array_agg(row_no ORDER BY row_no))[2] AS again
                FROM billing.charging_record WHERE campaign_id = ? AND batch_id = ?
                GROUP BY record_id HAVING count(*) > 1 ORDER BY again LIMIT 1""")) {
            repeated.setObject(1, campaignId);
            repeated.setObject(2, batchId);
            try (ResultSet rs = repeated.executeQuery()) {
                if (rs.next()) {
                    throw new ProblemException(ProblemType.INVALID_ROWS,
                            "A recordId is repeated within the batch; nothing was stored",
                            List.of(new FieldError(rs.getInt(2), "recordId",
                                    "'" + rs.getString(1) + "' appears earlier in this batch")));
                }
            }
        }
        try (PreparedStatement earlier = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM billing.charging_record WHERE campaign_id = ? AND batch_id <> ?)")) {
            earlier.setObject(1, campaignId);
            earlier.setObject(2, batchId);
            try (ResultSet rs = earlier.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return; // the campaign's first records: nothing stored earlier to repeat
                }
            }
        }
        try (PreparedStatement stored = connection.prepareStatement("""
                SELECT n.row_no, n.record_id FROM billing.charging_record n
                WHERE n.campaign_id = ? AND n.batch_id = ? AND EXISTS (
                    SELECT 1 FROM billing.charging_record o
                    WHERE o.campaign_id = n.campaign_id AND o.record_id = n.record_id AND o.batch_id <> n.batch_id)
                ORDER BY n.row_no LIMIT 1""")) {
            stored.setObject(1, campaignId);
            stored.setObject(2, batchId);
            try (ResultSet rs = stored.executeQuery()) {
                if (rs.next()) {
                    String recordId = rs.getString(2);
                    throw new ProblemException(ProblemType.DUPLICATE_ROW, "recordId '" + recordId
                            + "' is already stored in an earlier batch of this campaign; nothing of this batch was stored",
                            List.of(new FieldError(rs.getInt(1), "recordId", "'" + recordId
                                    + "' was stored by an earlier batch")));
                }
            }
        }
    }
}

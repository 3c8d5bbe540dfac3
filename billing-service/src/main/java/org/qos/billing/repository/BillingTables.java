package org.qos.billing.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.qos.billing.domain.ChargingRecordRow;
import org.qos.billing.domain.TestCallRow;
import org.qos.campaigns.batch.CopyTable;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

/** The billing tables as targets of a COPY batch: test calls, charging records and invoice lines. */
public final class BillingTables {

    /** callId is unique per campaign (primary key). */
    public static final CopyTable<TestCallRow> TEST_CALLS = CopyTable.<TestCallRow>into("billing.test_call")
            .rowId("callId", "call_id", TestCallRow::callId)
            .column("caller", TestCallRow::caller)
            .column("caller_digits", TestCallRow::callerDigits)
            .column("callee", TestCallRow::callee)
            .column("callee_digits", TestCallRow::calleeDigits)
            .column("direction", TestCallRow::direction)
            .column("started_at", TestCallRow::startedAt)
            .column("duration_seconds", TestCallRow::durationSeconds)
            .column("exclusion", call -> call.excluded() ? "OUT_OF_RANGE_DURATION" : null);

    /**
     * Charging records (of a campaign or of an audit), as the target of one batch, which {@code watch} sees as it is
     * copied. The table is partitioned by month of started_at, so it cannot carry a unique index on (campaign_id,
     * record_id) (a partitioned table's unique indexes must contain the partition key): {@link #checkRecordIds} looks
     * for repeats after the COPY instead, within the batch only when the watch saw two ids that may be the same. Then
     * the batch's count and recorded duration are added to the campaign's totals ({@code billing.charging_record_totals}),
     * in the batch's transaction: a rolled-back batch (refused, or a dry run) adds nothing, and a resent one is never
     * copied.
     */
    public static CopyTable<ChargingRecordRow> chargingRecords(RecordBatchWatch watch) {
        return CopyTable.<ChargingRecordRow>into("billing.charging_record")
                .rowId("recordId", "record_id", ChargingRecordRow::recordId)
                .column("caller", ChargingRecordRow::caller)
                .column("caller_digits", ChargingRecordRow::callerDigits)
                .column("callee", ChargingRecordRow::callee)
                .column("callee_digits", ChargingRecordRow::calleeDigits)
                .column("started_at", ChargingRecordRow::startedAt)
                .column("duration_seconds", ChargingRecordRow::durationSeconds)
                .column("ended_at", ChargingRecordRow::endedAt)
                .column("charge", ChargingRecordRow::charge)
                .eachRow(watch::see)
                .afterCopy((connection, campaignId, batchId) -> {
                    checkRecordIds(connection, campaignId, batchId, watch.mayRepeat());
                    addTotals(connection, campaignId, watch);
                });
    }

    /** Invoice lines of an audit (the subscriber is the row's caller); recordId is unique per audit (primary key). */
    public static final CopyTable<ChargingRecordRow> INVOICE_LINES = CopyTable.<ChargingRecordRow>into(
            "billing.invoice_line")
            .rowId("recordId", "record_id", ChargingRecordRow::recordId)
            .column("subscriber", ChargingRecordRow::caller)
            .column("subscriber_digits", ChargingRecordRow::callerDigits)
            .column("callee", ChargingRecordRow::callee)
            .column("callee_digits", ChargingRecordRow::calleeDigits)
            .column("started_at", ChargingRecordRow::startedAt)
            .column("ended_at", ChargingRecordRow::endedAt)
            .column("charge", ChargingRecordRow::charge);

    private BillingTables() {
    }

    /**
     * After the COPY of charging records and inside the batch's transaction: takes a transaction advisory lock of
     * the campaign (so that two uploads to one campaign are checked one after the other, the second seeing the
     * first's committed rows and totals) and looks for a record id repeated within the batch (400; only when the
     * batch's ids {@code mayRepeat}: a million-row batch's look took 2 s) or already stored by an earlier batch (409;
     * only when the campaign's totals count earlier records). Both lookups use the index on (campaign_id, record_id).
     */
    static void checkRecordIds(Connection connection, UUID campaignId, UUID batchId, boolean mayRepeat)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtextextended('billing.charging_record ' || ?, 0))")) {
            lock.setString(1, campaignId.toString());
            lock.execute();
        }
        if (mayRepeat) {
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
        }
        try (PreparedStatement earlier = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM billing.charging_record_totals WHERE campaign_id = ? AND records > 0)")) {
            earlier.setObject(1, campaignId);
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

    /** In the batch's transaction, after its checks: its records and recorded duration added to the campaign's totals. */
    private static void addTotals(Connection connection, UUID campaignId, RecordBatchWatch batch) throws SQLException {
        try (PreparedStatement add = connection.prepareStatement("""
                INSERT INTO billing.charging_record_totals AS t (campaign_id, records, recorded_millis) VALUES (?, ?, ?)
                ON CONFLICT (campaign_id) DO UPDATE
                SET records = t.records + excluded.records, recorded_millis = t.recorded_millis + excluded.recorded_millis""")) {
            add.setObject(1, campaignId);
            add.setLong(2, batch.records());
            add.setLong(3, batch.recordedMillis());
            add.executeUpdate();
        }
    }
}

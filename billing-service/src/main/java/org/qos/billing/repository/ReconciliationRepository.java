package org.qos.billing.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.billing.domain.ChargingRecord;
import org.qos.billing.domain.Direction;
import org.qos.billing.domain.Discrepancy;
import org.qos.billing.domain.DiscrepancyKind;
import org.qos.billing.domain.Durations;
import org.qos.billing.domain.TestCall;

/**
 * What reconciliation reads: a campaign's calls, and only the charging records that can be paired with one of them
 * (in a call's window and sharing its caller or its callee), found through the indexes on (campaign_id,
 * caller_digits, started_at) and (campaign_id, callee_digits, started_at). The candidates are bounded by the calls,
 * however many records the campaign holds; the other records are counted as they arrive ({@link #totals}) and listed,
 * for discrepancies, in SQL.
 * Durations are stored as exact decimal seconds (numeric(8,3)) and read as exact milliseconds.
 */
@ApplicationScoped
public class ReconciliationRepository {

    /** Count and recorded milliseconds of a campaign's records. */
    public record RecordTotals(long records, long recordedMillis) {
    }

    private final DataSource dataSource;

    public ReconciliationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<TestCall> calls(UUID campaignId) {
        List<TestCall> calls = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT call_id, caller_digits, callee_digits,"
                        + " direction, started_at, duration_seconds, exclusion IS NOT NULL FROM billing.test_call"
                        + " WHERE campaign_id = ?")) {
            statement.setObject(1, campaignId);
            statement.setFetchSize(10_000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    calls.add(new TestCall(rs.getString(1), rs.getString(2), rs.getString(3),
                            Direction.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(),
                            Durations.millis(rs.getBigDecimal(6)),
                            rs.getBoolean(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading test calls failed: " + e.getMessage(), e);
        }
        return calls;
    }

    /** Records in the window of some call of the campaign that share its caller or its callee, each once. */
    public List<ChargingRecord> candidates(UUID campaignId, int windowSeconds) {
        List<ChargingRecord> records = new ArrayList<>();
        String sql = """
                SELECT r.record_id, r.caller_digits, r.callee_digits, r.started_at, r.duration_seconds
                FROM billing.charging_record r
                JOIN billing.test_call c ON r.campaign_id = c.campaign_id AND r.caller_digits = c.caller_digits
                 AND r.started_at BETWEEN c.started_at - make_interval(secs => ?) AND c.started_at + make_interval(secs => ?)
                WHERE c.campaign_id = ?
                UNION
                SELECT r.record_id, r.caller_digits, r.callee_digits, r.started_at, r.duration_seconds
                FROM billing.charging_record r
                JOIN billing.test_call c ON r.campaign_id = c.campaign_id AND r.callee_digits = c.callee_digits
                 AND r.started_at BETWEEN c.started_at - make_interval(secs => ?) AND c.started_at + make_interval(secs => ?)
                WHERE c.campaign_id = ?""";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < 2; i++) {
                statement.setInt(3 * i + 1, windowSeconds);
                statement.setInt(3 * i + 2, windowSeconds);
                statement.setObject(3 * i + 3, campaignId);
            }
            statement.setFetchSize(10_000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    records.add(new ChargingRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), Durations.millis(rs.getBigDecimal(5))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading charging records failed: " + e.getMessage(), e);
        }
        return records;
    }

    /**
     * The campaign's records, counted as each batch was copied ({@code billing.charging_record_totals}, kept in the
     * batch's transaction: see {@link BillingTables#chargingRecords}), so that a reconciliation never reads the
     * million records that cannot be paired with a call.
     */
    public RecordTotals totals(UUID campaignId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT records, recorded_millis"
                        + " FROM billing.charging_record_totals WHERE campaign_id = ?")) {
            statement.setObject(1, campaignId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new RecordTotals(rs.getLong(1), rs.getLong(2)) : new RecordTotals(0, 0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting charging records failed: " + e.getMessage(), e);
        }
    }

    /**
     * The campaign's records that are not among {@code excludedRecordIds} (the candidates, whose fate the
     * reconciliation decided): phantoms whatever happens, by start then record id, one page.
     */
    public List<Discrepancy> otherPhantoms(UUID campaignId, Collection<String> excludedRecordIds, long offset,
            int limit) {
        List<Discrepancy> phantoms = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT r.record_id, r.duration_seconds FROM billing.charging_record r
                        LEFT JOIN unnest(?::text[]) AS known(record_id) ON known.record_id = r.record_id
                        WHERE r.campaign_id = ? AND known.record_id IS NULL
                        ORDER BY r.started_at, r.record_id LIMIT ? OFFSET ?""")) {
            Array ids = connection.createArrayOf("text", excludedRecordIds.toArray());
            statement.setArray(1, ids);
            statement.setObject(2, campaignId);
            statement.setInt(3, limit);
            statement.setLong(4, offset);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long millis = Durations.millis(rs.getBigDecimal(2));
                    phantoms.add(new Discrepancy(DiscrepancyKind.PHANTOM, null, rs.getString(1), null, millis,
                            millis));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Listing phantom records failed: " + e.getMessage(), e);
        }
        return phantoms;
    }
}

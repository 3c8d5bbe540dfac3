package org.qos.billing.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the retention purge removes and keeps, in SQL over the purge's connection (raw JDBC: it runs in the purge's
 * own transaction, under its lock and lock timeout, see {@link ChargingPartitions#purge}). The rules:
 * <ul>
 * <li>A row is past the retention when it started before the cutoff ({@code RetentionPolicy.cutoff(now)}).</li>
 * <li>Rows of an open campaign or an unfinished (not closed) audit are never removed, however old: its result is
 * computed from them.</li>
 * <li>A closed campaign's rows (test calls and charging records) and a closed audit's rows (charging records and
 * invoice lines) are removed all together, once every one of them is past the retention; until then all are kept.
 * So a record and its invoice line always leave together (whatever their own start times), and what is left of a
 * campaign or audit is always all of it (its record totals go with its records). A closed campaign goes only once
 * its discrepancy list is frozen; its
 * result and its discrepancies were frozen when it was closed and do not change.</li>
 * <li>Rows of no campaign or audit (written past the API) are removed once past the retention.</li>
 * <li>A monthly partition of charging records that ended at or before the cutoff is dropped whole when every row in
 * it may be removed (checked again under a SHARE lock of charging_record, so that no upload adds one meanwhile; the
 * lock is taken only when a partition is to be dropped, whose drop locks the table anyway); otherwise its removable
 * rows are deleted.</li>
 * </ul>
 * Counts: {@code removed} per kind (dropped partitions included); {@code kept} per kind, the rows past the retention
 * of open campaigns and audits, and, under the kind followed by {@value ChargingPartitions#WAITING}, those of closed
 * ones that still have a row within the retention.
 */
final class RetentionRules {

    private static final String[][] TABLES = {
        {ChargingPartitions.CHARGING_RECORDS, "billing.charging_record"},
        {ChargingPartitions.TEST_CALLS, "billing.test_call"},
        {ChargingPartitions.INVOICE_LINES, "billing.invoice_line"}};

    /** A row of {@code x} whose campaign_id names neither a campaign nor an audit. */
    private static final String ORPHAN = "NOT EXISTS (SELECT FROM billing.campaign c WHERE c.id = x.campaign_id)"
            + " AND NOT EXISTS (SELECT FROM billing.invoice_audit a WHERE a.id = x.campaign_id)";

    /** Closed campaigns (their lists frozen) and closed audits that have rows, none of them at or after the cutoff. */
    private static final String REMOVABLE_OWNERS = """
            SELECT c.id FROM billing.campaign c
             WHERE c.closed_at IS NOT NULL AND c.frozen_discrepancies IS NOT NULL
               AND NOT EXISTS (SELECT FROM billing.test_call t WHERE t.campaign_id = c.id AND t.started_at >= ?)
               AND NOT EXISTS (SELECT FROM billing.charging_record r WHERE r.campaign_id = c.id AND r.started_at >= ?)
               AND (EXISTS (SELECT FROM billing.test_call t WHERE t.campaign_id = c.id)
                    OR EXISTS (SELECT FROM billing.charging_record r WHERE r.campaign_id = c.id))
            UNION ALL
            SELECT a.id FROM billing.invoice_audit a
             WHERE a.closed_at IS NOT NULL
               AND NOT EXISTS (SELECT FROM billing.invoice_line l WHERE l.campaign_id = a.id AND l.started_at >= ?)
               AND NOT EXISTS (SELECT FROM billing.charging_record r WHERE r.campaign_id = a.id AND r.started_at >= ?)
               AND (EXISTS (SELECT FROM billing.invoice_line l WHERE l.campaign_id = a.id)
                    OR EXISTS (SELECT FROM billing.charging_record r WHERE r.campaign_id = a.id))""";

    private RetentionRules() {
    }

    static ChargingPartitions.Purged purge(Connection connection, Instant cutoff, List<YearMonth> months)
            throws SQLException {
        OffsetDateTime before = cutoff.atOffset(ZoneOffset.UTC);
        Array owners = connection.createArrayOf("uuid", removableOwners(connection, before).toArray());
        Map<String, Long> kept = kept(connection, before, owners);
        Map<String, Long> removed = new TreeMap<>();
        List<String> dropped = new ArrayList<>();
        long droppedRows = 0;
        boolean locked = false;
        for (YearMonth month : months) {
            OffsetDateTime start = month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            OffsetDateTime end = start.plusMonths(1);
            if (end.isAfter(before)) {
                continue;
            }
            if (!droppable(connection, start, end, owners)) {
                continue;
            }
            if (!locked) {
                // From here no upload may add a row until the purge commits: checked again under the lock. The parent
                // first (as an upload and the drop take theirs), so that the purge never waits in a cycle with one.
                try (Statement lock = connection.createStatement()) {
                    lock.execute("LOCK TABLE billing.charging_record IN SHARE MODE");
                }
                locked = true;
                if (!droppable(connection, start, end, owners)) {
                    continue;
                }
            }
            String partition = ChargingPartitions.partitionName(month);
            long rows = rows(connection, start, end);
            if (ChargingPartitions.dropPartition(connection, month)) {
                dropped.add(partition);
                droppedRows += rows;
            }
        }
        for (String[] table : TABLES) {
            long rows = update(connection, "DELETE FROM " + table[1] + " x WHERE x.campaign_id = ANY(?)", owners)
                    + update(connection, "DELETE FROM " + table[1] + " x WHERE x.started_at < ? AND " + ORPHAN, before);
            removed.put(table[0], rows + (table[0].equals(ChargingPartitions.CHARGING_RECORDS) ? droppedRows : 0));
        }
        // the owners' records are all gone: so are their totals
        update(connection, "DELETE FROM billing.charging_record_totals x WHERE x.campaign_id = ANY(?)", owners);
        return new ChargingPartitions.Purged(List.copyOf(dropped), removed, kept, null);
    }

    private static List<UUID> removableOwners(Connection connection, OffsetDateTime cutoff) throws SQLException {
        List<UUID> owners = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(REMOVABLE_OWNERS)) {
            for (int i = 1; i <= 4; i++) {
                select.setObject(i, cutoff);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    owners.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return owners;
    }

    /** Rows past the retention that stay: of open campaigns and audits, and of closed ones not wholly past it. */
    private static Map<String, Long> kept(Connection connection, OffsetDateTime cutoff, Array owners)
            throws SQLException {
        Map<String, Long> kept = new TreeMap<>();
        for (String[] table : TABLES) {
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FILTER (WHERE o.closed_at IS NULL),"
                    + " count(*) FILTER (WHERE o.closed_at IS NOT NULL AND NOT x.campaign_id = ANY(?))"
                    + " FROM " + table[1] + " x JOIN (SELECT id, closed_at FROM billing.campaign"
                    + " UNION ALL SELECT id, closed_at FROM billing.invoice_audit) o ON o.id = x.campaign_id"
                    + " WHERE x.started_at < ?")) {
                count.setArray(1, owners);
                count.setObject(2, cutoff);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    kept.put(table[0], rs.getLong(1));
                    kept.put(table[0] + ChargingPartitions.WAITING, rs.getLong(2));
                }
            }
        }
        return kept;
    }

    /** Whether every row of the month's partition may be removed. */
    private static boolean droppable(Connection connection, OffsetDateTime start, OffsetDateTime end, Array owners)
            throws SQLException {
        try (PreparedStatement check = connection.prepareStatement("SELECT NOT EXISTS (SELECT FROM"
                + " billing.charging_record x WHERE x.started_at >= ? AND x.started_at < ? AND NOT x.campaign_id = ANY(?)"
                + " AND NOT (" + ORPHAN + "))")) {
            check.setObject(1, start);
            check.setObject(2, end);
            check.setArray(3, owners);
            try (ResultSet rs = check.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static long rows(Connection connection, OffsetDateTime start, OffsetDateTime end) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM billing.charging_record x WHERE x.started_at >= ? AND x.started_at < ?")) {
            count.setObject(1, start);
            count.setObject(2, end);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long update(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter instanceof Array array) {
                statement.setArray(1, array);
            } else {
                statement.setObject(1, parameter);
            }
            return statement.executeUpdate();
        }
    }
}

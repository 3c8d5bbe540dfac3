package org.qos.complaints.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The retention purge's statements, in plain JDBC on the purge transaction's own connection (the same connection
 * takes the purge lock and appends to the purge log, and each statement's count is read exactly as PostgreSQL
 * reports it). A row is removable when it is past its retention (dated before the cutoff) and lies inside closed
 * reporting periods of its operator:
 * <ul>
 * <li>a complaint: its receipt (the complaint rate's period) and its due time (the 48 h answer's period) both lie in
 * closed periods; its contacts go with it;</li>
 * <li>an outage: it ended before the cutoff, and every instant of it lies in closed periods (it may span several);</li>
 * <li>a support call: its time lies in a closed period.</li>
 * </ul>
 * Rows past their retention but not removable are counted as kept.
 */
@ApplicationScoped
public class RetentionRepository {

    /** An instant (SQL expression) of a row of table alias {@code x} that lies in a closed period of its operator. */
    private static String covered(String alias, String instant) {
        return "EXISTS (SELECT 1 FROM complaints.closed_period p WHERE p.operator_id = " + alias + ".operator_id"
                + " AND p.starts_at <= " + instant + " AND " + instant + " < p.ends_at)";
    }

    private static final String COMPLAINT_EXPIRED = "c.received_at < ?";
    private static final String COMPLAINT_REMOVABLE = covered("c", "c.received_at") + " AND "
            + covered("c", "c.response_due_at");

    private static final String OUTAGE_EXPIRED = "o.ended_at < ?";
    /**
     * Every instant of [started_at, ended_at) is covered: its start is, and so is the end of every closed period that
     * ends inside it (the first uncovered instant of a union of half-open ranges is the start or such an end).
     */
    private static final String OUTAGE_REMOVABLE = covered("o", "o.started_at")
            + " AND NOT EXISTS (SELECT 1 FROM complaints.closed_period e WHERE e.operator_id = o.operator_id"
            + " AND e.ends_at > o.started_at AND e.ends_at < o.ended_at AND NOT " + covered("o", "e.ends_at") + ")";

    private static final String CALL_EXPIRED = "s.at < ?";
    private static final String CALL_REMOVABLE = covered("s", "s.at");

    /** What one purge removed and kept, by kind of row. */
    public record Counts(Map<String, Long> removed, Map<String, Long> kept) {
    }

    /** Deletes what is removable at {@code cutoff} and counts what is kept, in the connection's transaction. */
    public Counts purge(Connection connection, Instant cutoff) throws SQLException {
        Map<String, Long> removed = new LinkedHashMap<>();
        Map<String, Long> kept = new LinkedHashMap<>();
        removed.put("contacts", update(connection, "DELETE FROM complaints.complaint_contact k"
                + " USING complaints.complaint c WHERE k.complaint_id = c.id AND " + COMPLAINT_EXPIRED + " AND "
                + COMPLAINT_REMOVABLE, cutoff));
        removed.put("complaints", update(connection, "DELETE FROM complaints.complaint c WHERE " + COMPLAINT_EXPIRED
                + " AND " + COMPLAINT_REMOVABLE, cutoff));
        removed.put("outages", update(connection, "DELETE FROM complaints.support_outage o WHERE " + OUTAGE_EXPIRED
                + " AND " + OUTAGE_REMOVABLE, cutoff));
        removed.put("supportCalls", update(connection, "DELETE FROM complaints.support_call s WHERE " + CALL_EXPIRED
                + " AND " + CALL_REMOVABLE, cutoff));

        kept.put("complaints", count(connection, "SELECT count(*) FROM complaints.complaint c WHERE "
                + COMPLAINT_EXPIRED, cutoff));
        kept.put("contacts", count(connection, "SELECT count(*) FROM complaints.complaint_contact k"
                + " JOIN complaints.complaint c ON c.id = k.complaint_id WHERE " + COMPLAINT_EXPIRED, cutoff));
        kept.put("outages", count(connection, "SELECT count(*) FROM complaints.support_outage o WHERE "
                + OUTAGE_EXPIRED, cutoff));
        kept.put("supportCalls", count(connection, "SELECT count(*) FROM complaints.support_call s WHERE "
                + CALL_EXPIRED, cutoff));
        return new Counts(removed, kept);
    }

    private static long update(Connection connection, String sql, Instant cutoff) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            return statement.executeUpdate();
        }
    }

    private static long count(Connection connection, String sql, Instant cutoff) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

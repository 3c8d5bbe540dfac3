package org.qos.billing.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.billing.domain.InvoiceCounts;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;

/** Clause 3.7 in SQL: an audit's records against its lines, and a subscriber's itemized calls. */
@ApplicationScoped
public class InvoiceStatisticsRepository {

    /** One charged call of a subscriber, from an audit's charging records. */
    public record StatementCall(String recordId, String callee, Instant startedAt, Instant endedAt, BigDecimal charge,
            String currency) {
    }

    /**
     * Records and lines paired by record id (FULL OUTER JOIN): a call is wrong when its line is missing, its line has
     * no record, or they differ in subscriber digits (the record's caller: a line billed to another subscriber, the
     * "right address" of clause 3.7), callee digits, start, end or charge (numeric equality: 1000 = 1000.00). The one
     * place of this rule; the fifth count is the pairs whose subscriber differs (also among the fourth).
     */
    static final String COUNTS = """
            SELECT count(*),
                   count(*) FILTER (WHERE l.record_id IS NULL),
                   count(*) FILTER (WHERE r.record_id IS NULL),
                   count(*) FILTER (WHERE r.record_id IS NOT NULL AND l.record_id IS NOT NULL
                       AND (r.subscriber_digits <> l.subscriber_digits OR r.callee_digits <> l.callee_digits
                            OR r.started_at <> l.started_at OR r.ended_at IS DISTINCT FROM l.ended_at
                            OR r.charge <> l.charge)),
                   count(*) FILTER (WHERE r.subscriber_digits <> l.subscriber_digits)
            FROM (SELECT record_id, caller_digits AS subscriber_digits, callee_digits, started_at, ended_at, charge
                  FROM billing.charging_record WHERE campaign_id = ?) r
            FULL OUTER JOIN (SELECT record_id, subscriber_digits, callee_digits, started_at, ended_at, charge
                  FROM billing.invoice_line WHERE campaign_id = ?) l ON l.record_id = r.record_id""";

    private final DataSource dataSource;

    public InvoiceStatisticsRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public InvoiceCounts counts(UUID auditId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(COUNTS)) {
            statement.setObject(1, auditId);
            statement.setObject(2, auditId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long missing = rs.getLong(2);
                long extra = rs.getLong(3);
                long different = rs.getLong(4);
                return new InvoiceCounts(rs.getLong(1), missing + extra + different, missing, extra, different,
                        rs.getLong(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Auditing invoice lines failed: " + e.getMessage(), e);
        }
    }

    /**
     * The calls of a subscriber (digits) that started in [from, until), from the charging records of invoice audits
     * of one operator (or of all, null), by start then record id. A call is listed once even when several audits hold
     * its record: the record ids are the operator's, so each (operator, record id) once, the copy of the latest audit
     * (created last, then the greatest audit id: deterministic). Paging and the total count the calls so listed.
     */
    public Page<StatementCall> statement(String subscriberDigits, OffsetDateTime from, OffsetDateTime until,
            String operatorId, PageRequest page) {
        String calls = "(SELECT DISTINCT ON (a.operator_id, r.record_id) a.operator_id, r.record_id, r.callee,"
                + " r.started_at, r.ended_at, r.charge, a.currency"
                + " FROM billing.charging_record r JOIN billing.invoice_audit a ON a.id = r.campaign_id"
                + " WHERE r.caller_digits = ? AND r.started_at >= ? AND r.started_at < ?"
                + (operatorId == null ? "" : " AND a.operator_id = ?")
                + " ORDER BY a.operator_id, r.record_id, a.created_at DESC, a.id DESC) c";
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + calls)) {
                bind(count, subscriberDigits, from, until, operatorId);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<StatementCall> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT c.record_id, c.callee, c.started_at,"
                    + " c.ended_at, c.charge, c.currency FROM " + calls
                    + " ORDER BY c.started_at, c.record_id, c.operator_id LIMIT ? OFFSET ?")) {
                int next = bind(select, subscriberDigits, from, until, operatorId);
                select.setInt(next, page.size());
                select.setLong(next + 1, page.offset());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Timestamp ended = rs.getTimestamp(4);
                        found.add(new StatementCall(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                                ended == null ? null : ended.toInstant(), rs.getBigDecimal(5), rs.getString(6)));
                    }
                }
            }
            return new Page<>(found, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the statement failed: " + e.getMessage(), e);
        }
    }

    private static int bind(PreparedStatement statement, String digits, OffsetDateTime from, OffsetDateTime until,
            String operatorId) throws SQLException {
        statement.setString(1, digits);
        statement.setObject(2, from);
        statement.setObject(3, until);
        if (operatorId != null) {
            statement.setString(4, operatorId);
            return 5;
        }
        return 4;
    }
}

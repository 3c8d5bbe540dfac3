package org.qos.complaints.rest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/** Rows of another operator set up (and read back) in the test database without switching test identities. */
final class TestData {

    private TestData() {
    }

    private static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }

    static String complaintOf(String operatorId, String receivedAt) {
        UUID id = UUID.randomUUID();
        Instant received = OffsetDateTime.parse(receivedAt).toInstant();
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO complaints.complaint (id,"
                        + " operator_id, customer_ref, channel, category, received_at, subject, response_due_at,"
                        + " created_at, created_by) VALUES (?, ?, 'CUST-X', 'EMAIL', 'SERVICE_QUALITY', ?, 'test', ?, ?,"
                        + " 'regulator')")) {
            insert.setObject(1, id);
            insert.setString(2, operatorId);
            insert.setTimestamp(3, Timestamp.from(received));
            insert.setTimestamp(4, Timestamp.from(received.plusSeconds(48 * 3600)));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }

    static long contactsOf(String complaintId) {
        return single("SELECT count(*) FROM complaints.complaint_contact WHERE complaint_id = ?", complaintId);
    }

    static Timestamp respondedAt(String complaintId) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT responded_at FROM complaints.complaint WHERE id = ?")) {
            query.setObject(1, UUID.fromString(complaintId));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long supportCalls(String operatorId) {
        return single("SELECT count(*) FROM complaints.support_call WHERE operator_id = ?", operatorId);
    }

    static long rows(String table, String operatorId) {
        return single("SELECT count(*) FROM complaints." + table + " WHERE operator_id = ?", operatorId);
    }

    static long single(String sql, String parameter) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            try {
                query.setObject(1, UUID.fromString(parameter));
            } catch (IllegalArgumentException notAUuid) {
                query.setString(1, parameter);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.qos.voice.rest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/** Campaigns of another operator, set up in the test database without switching test identities. */
final class TestCampaigns {

    private TestCampaigns() {
    }

    static String insertObjective(String operatorId) {
        UUID id = UUID.randomUUID();
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO voice.campaign (id, operator_id,"
                        + " area_code, method, period_start, period_end, instrument, created_at, created_by)"
                        + " VALUES (?, ?, 'HN', 'OBJECTIVE', ?, ?, 'P.862.1', ?, 'regulator')")) {
            insert.setObject(1, id);
            insert.setString(2, operatorId);
            insert.setObject(3, LocalDate.parse("2026-07-01"));
            insert.setObject(4, LocalDate.parse("2026-09-30"));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }
}

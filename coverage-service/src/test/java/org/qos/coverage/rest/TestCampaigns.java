package org.qos.coverage.rest;

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

    static String insert(String operatorId, String areaCode) {
        UUID id = UUID.randomUUID();
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO coverage.campaign (id, operator_id,"
                        + " area_code, period_start, period_end, threshold_dbm, bin_meters, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, -85, 100, ?, 'regulator')")) {
            insert.setObject(1, id);
            insert.setString(2, operatorId);
            insert.setString(3, areaCode);
            insert.setObject(4, LocalDate.parse("2026-07-01"));
            insert.setObject(5, LocalDate.parse("2026-09-30"));
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }
}

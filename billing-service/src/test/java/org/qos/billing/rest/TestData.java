package org.qos.billing.rest;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;

/** Set-up helpers of the billing tests: campaigns and audits through the API, other operators' rows in SQL. */
public final class TestData {

    static final String CSV = "text/csv";
    static final String PROBLEM = "application/problem+json";
    static final String CALLS_HEADER = "callId,caller,callee,direction,startedAt,durationSeconds\n";
    static final String RECORDS_HEADER = "recordId,caller,callee,startedAt,durationSeconds,charge\n";
    static final String AUDIT_HEADER = "recordId,subscriber,callee,startedAt,endedAt,charge\n";

    private TestData() {
    }

    static String campaign(String operatorId) {
        return given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"periodStart\":\"2026-04-01\",\"periodEnd\":\"2026-06-30\"}")
                .post("/api/v1/billing/campaigns").then().statusCode(201).extract().path("id");
    }

    static String audit(String operatorId, String currency, String periodStart, String periodEnd) {
        return given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"periodStart\":\"" + periodStart + "\",\"periodEnd\":\""
                        + periodEnd + "\"" + (currency == null ? "" : ",\"currency\":\"" + currency + "\"") + "}")
                .post("/api/v1/billing/invoice-audits").then().statusCode(201).extract().path("id");
    }

    /** A campaign or an audit of another operator, inserted in SQL (no identity switch needed). */
    static String insertOtherOperators(String table, String operatorId) {
        UUID id = UUID.randomUUID();
        String sql = table.equals("campaign")
                ? "INSERT INTO billing.campaign (id, operator_id, period_start, period_end, duration_tolerance_seconds,"
                        + " match_window_seconds, created_at, created_by) VALUES (?, ?, ?, ?, 1, 30, ?, 'regulator')"
                : "INSERT INTO billing.invoice_audit (id, operator_id, period_start, period_end, currency, created_at,"
                        + " created_by) VALUES (?, ?, ?, ?, 'VND', ?, 'regulator')";
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, id);
            insert.setString(2, operatorId);
            insert.setObject(3, LocalDate.parse("2026-04-01"));
            insert.setObject(4, LocalDate.parse("2026-06-30"));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }

    static long count(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }
}

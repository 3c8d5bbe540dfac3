package org.qos.campaigns.family;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.qos.campaigns.testing.CampaignRows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/** Bodies of rows, and what the test database holds, read and written directly with SQL. */
final class TestData {

    static final String CSV_HEADER = "rowId,measuredAt,score,ok\n";

    private TestData() {
    }

    /** One CSV row: even numbers ok, odd ones not. */
    static String csvRow(String prefix, int i) {
        return prefix + i + ",2026-07-01T08:00:00+07:00," + (i % 100) + ".5," + (i % 2 == 0) + "\n";
    }

    /** n rows {@code prefix0 .. prefix(n-1)} as CSV with a header. */
    static String csv(String prefix, int n) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < n; i++) {
            csv.append(csvRow(prefix, i));
        }
        return csv.toString();
    }

    /** n rows as a JSON array. */
    static String json(String prefix, int n) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"rowId\":\"").append(prefix).append(i)
                    .append("\",\"measuredAt\":\"2026-07-01T08:00:00Z\",\"score\":").append(i % 100)
                    .append(",\"ok\":").append(i % 2 == 0).append('}');
        }
        return json.append(']').toString();
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows stored for a campaign. */
    static long rowCount(String campaignId) {
        return count("SELECT count(*) FROM lifecycle_test.test_row WHERE campaign_id = ?", campaignId);
    }

    /** Batches logged for a campaign. */
    static long batchCount(String campaignId) {
        return count("SELECT count(*) FROM lifecycle_test.batch WHERE campaign_id = ?", campaignId);
    }

    /**
     * Rows written past the API (as a later faulty writer or a migration might), as one batch that committed but was
     * never refreshed (its campaign's batch version bumped, its kept statistics left behind).
     */
    static void insertRows(String campaignId, String prefix, int n) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO lifecycle_test.test_row"
                        + " (campaign_id, batch_id, row_no, row_id, measured_at, score, ok)"
                        + " VALUES (?, ?, ?, ?, now(), 1, true)")) {
            UUID batch = UUID.randomUUID();
            for (int i = 0; i < n; i++) {
                insert.setObject(1, UUID.fromString(campaignId));
                insert.setObject(2, batch);
                insert.setInt(3, i + 1);
                insert.setString(4, prefix + i);
                insert.addBatch();
            }
            insert.executeBatch();
            // as a batch committed whose statistics were not brought up to date (a crash before its refresh): the
            // campaign's batch version moves past its kept statistics, which the next read gathers again
            try (PreparedStatement bump = connection.prepareStatement("UPDATE lifecycle_test.campaign_statistics"
                    + " SET batch_version = batch_version + 1, last_batch_id = ? WHERE campaign_id = ?")) {
                bump.setObject(1, batch);
                bump.setObject(2, UUID.fromString(campaignId));
                bump.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A campaign of any operator, set up without switching test identities. */
    static String insertCampaign(String operatorId) {
        return CampaignRows.insert("lifecycle_test.campaign", operatorId, Map.of("label", "other"));
    }

    /** A campaign the regulator created (createdByRole REGULATOR), set up without switching test identities. */
    static String insertRegulatorsCampaign(String operatorId) {
        return CampaignRows.insert("lifecycle_test.campaign", operatorId,
                Map.of("label", "regulator's", "created_by_role", "REGULATOR"));
    }

    /** Closes a campaign past the API with the given frozen result, as rows closed by an older release look. */
    static void closeWithResult(String campaignId, String closedResult) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE lifecycle_test.campaign"
                        + " SET closed_at = now(), closed_by = 'old-release', closed_result = ? WHERE id = ?")) {
            update.setString(1, closedResult);
            update.setObject(2, UUID.fromString(campaignId));
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no campaign " + campaignId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether some other session is running a COPY into the row table right now (an upload in progress). */
    static boolean copyInProgress() {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE pid <> pg_backend_pid() AND state = 'active'"
                        + " AND query LIKE 'COPY lifecycle_test.test_row%'");
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql, String campaignId) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(campaignId));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }
}

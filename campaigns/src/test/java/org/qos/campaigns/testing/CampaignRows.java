package org.qos.campaigns.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * Campaigns of any operator, written straight into a family's campaign table (period 2026-07-01 to 2026-09-30,
 * created by the regulator): set up in a test without switching test identities.
 */
public final class CampaignRows {

    private CampaignRows() {
    }

    /** Inserts a campaign into {@code table} with the family's own {@code columns}; its id. */
    public static String insert(String table, String operatorId, Map<String, Object> columns) {
        UUID id = UUID.randomUUID();
        List<String> names = new ArrayList<>(List.of("id", "operator_id", "period_start", "period_end", "created_at",
                "created_by"));
        List<Object> values = new ArrayList<>(List.of(id, operatorId, LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-09-30"), Timestamp.from(Instant.now()), "regulator"));
        columns.forEach((name, value) -> {
            names.add(name);
            values.add(value);
        });
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                        + String.join(", ", names) + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)")) {
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }
}

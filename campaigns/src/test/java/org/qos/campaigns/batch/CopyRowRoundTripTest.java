package org.qos.campaigns.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every value {@link CopyRow} writes in binary reads back in PostgreSQL as the same value read from the text that the
 * text COPY form wrote before (the column's typmod applied either way): the binary form changes no stored value.
 */
@QuarkusTest
class CopyRowRoundTripTest {

    private static final List<String> COLUMNS = List.of("row_no", "t", "v", "u", "s", "i", "l", "f", "b", "n", "n3",
            "ts", "codes", "vcodes");
    private static final List<String> TYPES = List.of("integer", "text", "varchar(12)", "uuid", "smallint", "integer",
            "bigint", "double precision", "boolean", "numeric", "numeric(8,3)", "timestamptz", "text[]", "varchar[]");

    @Inject
    AgroalDataSource dataSource;

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** The text the text COPY form wrote for a value. */
    private static String text(Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal.toPlainString();
            case List<?> items -> items.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
            default -> String.valueOf(value);
        };
    }

    @Test
    void binaryValuesReadBackAsTheirTextForm() throws Exception {
        List<List<Object>> rows = List.of(
                row("Hà Nội\t\\N 😀", "ALPHA", UUID.randomUUID(), (short) -32768, Integer.MAX_VALUE, Long.MIN_VALUE,
                        0.1d, true, new BigDecimal("-0.000001234"), new BigDecimal("12345.6785"),
                        OffsetDateTime.parse("2026-07-01T08:30:00.123456789+07:00"), List.of("ECHO", "NO_TONE"),
                        List.of("A", "B_2")),
                row(null, null, null, null, null, null, null, null, null, null, null, null, null),
                row("", "", UUID.fromString("00000000-0000-0000-0000-000000000000"), 0, -1, 0L, 1e300, false,
                        new BigDecimal("1E+2"), new BigDecimal("-0.0005"),
                        OffsetDateTime.parse("9999-12-31T23:59:59.999999-09:30"), List.of(), List.of()),
                row("x", "y", UUID.randomUUID(), 7, 42, 9_000_000_000L, -62.4d, true,
                        new BigDecimal("1234567890123456789012.3456"), new BigDecimal("99999.999"),
                        Instant.parse("0001-01-01T00:00:00Z"), List.of("A"), List.of("Z")),
                row("y", "z", UUID.randomUUID(), 1, 2, 3L, 2.5d, false, BigDecimal.ZERO.setScale(5), 10_000L,
                        OffsetDateTime.parse("2026-07-01T08:30:00+05:45:30"), List.of("A"), List.of("Z")));
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                List<String> definitions = new ArrayList<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    definitions.add(COLUMNS.get(i) + " " + TYPES.get(i));
                }
                statement.execute("CREATE TEMPORARY TABLE copy_round_trip (" + String.join(", ", definitions) + ")");
            }
            CopyColumnType[] types = CopyColumnType.of(connection, "pg_temp.copy_round_trip", COLUMNS);
            PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    "COPY copy_round_trip (" + String.join(", ", COLUMNS) + ") FROM STDIN WITH (FORMAT binary)");
            CopyRow out = new CopyRow(copy, 128, types, COLUMNS.toArray(String[]::new)).header().leading();
            for (int r = 0; r < rows.size(); r++) {
                out.start(r + 1);
                for (Object value : rows.get(r)) {
                    out.value(value);
                }
                out.end();
            }
            out.finish();
            assertEquals(rows.size(), copy.endCopy());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 1; c < COLUMNS.size(); c++) {
                    Object value = rows.get(r).get(c - 1);
                    String stored = one(connection, "SELECT " + COLUMNS.get(c) + "::text FROM copy_round_trip"
                            + " WHERE row_no = ?", r + 1);
                    String fromText = value == null ? null
                            : one(connection, "SELECT CAST(CAST(? AS text) AS " + TYPES.get(c) + ")::text", text(value));
                    assertEquals(fromText, stored, "row " + (r + 1) + ", " + COLUMNS.get(c) + " = " + value);
                }
            }
        }
    }

    @Test
    void aColumnOfAnotherTypeIsRefusedBeforeCopying() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY TABLE copy_other_type (at date, doc jsonb)");
            }
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> CopyColumnType.of(connection, "pg_temp.copy_other_type", List.of("at")));
            assertEquals(true, refused.getMessage().contains("column at of pg_temp.copy_other_type"), refused.getMessage());
            assertThrows(IllegalStateException.class,
                    () -> CopyColumnType.of(connection, "pg_temp.copy_other_type", List.of("missing")));
        }
    }

    private static String one(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}

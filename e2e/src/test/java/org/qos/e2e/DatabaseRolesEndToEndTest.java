package org.qos.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The database roles of the running stack (scripts/lib.sh, k8s/): each service logs in as a runtime role that owns
 * nothing. Connected to the stack's database as the gateway's runtime role, publications can be inserted and read
 * but never updated, deleted, truncated, nor their immutability trigger disabled; as billing's runtime role, its own
 * rows can be read but its tables neither altered nor dropped, and no other service's table read. Every statement
 * runs in a transaction that is rolled back: nothing is left in the database.
 */
class DatabaseRolesEndToEndTest {

    private static final String DB_URL = System.getProperty("qos.db.url", "jdbc:postgresql://127.0.0.1:5432/qos");
    /** SQLSTATE insufficient_privilege: refused for want of a privilege (not by a trigger or a constraint). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static Connection connect(String service) throws SQLException {
        Connection connection = DriverManager.getConnection(DB_URL, System.getProperty("qos." + service + ".db.user"),
                System.getProperty("qos." + service + ".db.password"));
        connection.setAutoCommit(false);
        return connection;
    }

    /** Runs SQL in its own transaction, rolled back whatever happens, and returns the SQLSTATE it failed with. */
    private static String refused(Connection connection, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } finally {
                connection.rollback();
            }
        }, "expected to be refused: " + sql);
        return e.getSQLState() + " " + e.getMessage();
    }

    private static void assertRefusedForPrivilege(Connection connection, String sql) {
        String state = refused(connection, sql);
        assertTrue(state.startsWith(INSUFFICIENT_PRIVILEGE), sql + " failed, but not for want of a privilege: " + state);
    }

    private static long count(Connection connection, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theGatewaysRuntimeRoleInsertsAndReadsPublicationsButCannotChangeThemOrTheirTrigger() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection gateway = connect("gateway")) {
            assertEquals(System.getProperty("qos.gateway.db.user"),
                    gateway.getMetaData().getUserName(), "connected as the gateway's runtime role");
            // insert and read back, in a transaction rolled back
            try (PreparedStatement insert = gateway.prepareStatement("INSERT INTO publications.publication (id,"
                    + " period_from, period_to, published_at, published_by, profile_standard, profile_version,"
                    + " operators, snapshot, snapshot_sha256, revision) VALUES (?, ?, ?, ?, 'db-roles-test',"
                    + " 'TCN 68-228:2004', '1', '[]', '{}', 'none', 1)")) {
                insert.setObject(1, id);
                insert.setObject(2, LocalDate.of(1999, 1, 1));
                insert.setObject(3, LocalDate.of(1999, 3, 31));
                insert.setObject(4, OffsetDateTime.now());
                assertEquals(1, insert.executeUpdate());
            }
            assertEquals(1, count(gateway, "SELECT count(*) FROM publications.publication WHERE id = ?", id));
            gateway.rollback();
            assertEquals(0, count(gateway, "SELECT count(*) FROM publications.publication WHERE id = ?", id),
                    "the rolled-back publication is gone");
            gateway.rollback();

            // refused for want of the privilege, before any row or trigger is reached
            assertRefusedForPrivilege(gateway, "UPDATE publications.publication SET published_by = 'x'");
            assertRefusedForPrivilege(gateway, "DELETE FROM publications.publication");
            assertRefusedForPrivilege(gateway, "TRUNCATE publications.publication");
            assertRefusedForPrivilege(gateway,
                    "ALTER TABLE publications.publication DISABLE TRIGGER publication_no_update_or_delete");
            assertRefusedForPrivilege(gateway, "ALTER TABLE publications.publication DISABLE TRIGGER ALL");
            assertRefusedForPrivilege(gateway, "DROP TRIGGER publication_no_update_or_delete ON publications.publication");
            assertRefusedForPrivilege(gateway, "DROP TABLE publications.publication");
            // nor may it skip triggers for its session (replica mode)
            assertRefusedForPrivilege(gateway, "SET session_replication_role = replica");
            // nor create anything in the schema, nor read Flyway's history, nor another service's table
            assertRefusedForPrivilege(gateway, "CREATE TABLE publications.shadow (id int)");
            assertRefusedForPrivilege(gateway, "SELECT count(*) FROM publications.flyway_schema_history");
            assertRefusedForPrivilege(gateway, "SELECT count(*) FROM billing.campaign");
            // the trigger is still there and enabled
            assertEquals(1, count(gateway, "SELECT count(*) FROM pg_trigger WHERE tgrelid ="
                    + " 'publications.publication'::regclass AND tgname = 'publication_no_update_or_delete'"
                    + " AND tgenabled = 'O'"));
            gateway.rollback();
        }
    }

    @Test
    void billingsRuntimeRoleReadsItsRowsButCannotAlterOrDropItsTablesNorReadAnotherServicesTables()
            throws SQLException {
        try (Connection billing = connect("billing")) {
            assertEquals(System.getProperty("qos.billing.db.user"),
                    billing.getMetaData().getUserName(), "connected as billing's runtime role");
            // its own rows: written and read (in a transaction rolled back)
            UUID id = UUID.randomUUID();
            try (PreparedStatement insert = billing.prepareStatement("INSERT INTO billing.campaign (id, operator_id,"
                    + " period_start, period_end, duration_tolerance_seconds, match_window_seconds, created_at,"
                    + " created_by) VALUES (?, 'DBROLES', DATE '1999-01-01', DATE '1999-01-31', 1, 60, now(),"
                    + " 'db-roles-test')")) {
                insert.setObject(1, id);
                assertEquals(1, insert.executeUpdate());
            }
            assertEquals(1, count(billing, "SELECT count(*) FROM billing.campaign WHERE id = ?", id));
            billing.rollback();
            assertEquals(0, count(billing, "SELECT count(*) FROM billing.campaign WHERE id = ?", id));
            billing.rollback();

            // no DDL on its own tables: it owns none
            assertRefusedForPrivilege(billing, "ALTER TABLE billing.campaign ADD COLUMN intruder text");
            assertRefusedForPrivilege(billing, "DROP TABLE billing.invoice_line");
            assertRefusedForPrivilege(billing, "DROP TABLE billing.charging_record_default");
            assertRefusedForPrivilege(billing, "TRUNCATE billing.batch");
            assertRefusedForPrivilege(billing, "CREATE TABLE billing.shadow (id int)");
            assertRefusedForPrivilege(billing, "SELECT count(*) FROM billing.flyway_schema_history");
            // the partition functions run as the schema's owner and refuse anything but a first of a month
            String state = refused(billing, "SELECT billing.drop_charging_partition(DATE '1999-01-15')");
            assertFalse(state.startsWith(INSUFFICIENT_PRIVILEGE), "the runtime role may call it: " + state);
            // no other service's tables
            assertRefusedForPrivilege(billing, "SELECT count(*) FROM voice.campaign");
            assertRefusedForPrivilege(billing, "SELECT count(*) FROM complaints.complaint");
            assertRefusedForPrivilege(billing, "SELECT count(*) FROM publications.publication");
            assertRefusedForPrivilege(billing, "INSERT INTO publications.publication (id) VALUES (gen_random_uuid())");
        }
    }
}

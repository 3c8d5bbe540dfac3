package org.qos.complaints.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.SessionLocks;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The retention purge beside other replicas and requests: one purge at a time (an advisory try-lock; the others
 * skip), never queued behind another transaction's row locks (a short lock timeout; skipped, retried later). Now is
 * TestClock's default (2026-10-15T09:00+07:00): the cutoff is 2025-10-15T09:00+07:00.
 */
@QuarkusTest
class RetentionServiceTest {

    @Inject
    RetentionService retention;

    @Inject
    AgroalDataSource dataSource;

    /** A complaint of 2025-01-10 in a closed period 2025-01-01 to 2025-03-31 of its operator: removable at the cutoff. */
    private UUID oldComplaint(String operatorId) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement period = connection.prepareStatement("INSERT INTO complaints.closed_period (id,"
                        + " operator_id, period_start, period_end, starts_at, ends_at, closed_at, closed_by, results)"
                        + " VALUES (?, ?, '2025-01-01', '2025-03-31', '2025-01-01T00:00:00+07:00',"
                        + " '2025-04-01T00:00:00+07:00', now(), 'test', '[]') ON CONFLICT DO NOTHING")) {
            period.setObject(1, UUID.randomUUID());
            period.setString(2, operatorId);
            period.executeUpdate();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO complaints.complaint (id,"
                        + " operator_id, customer_ref, channel, category, received_at, subject, response_due_at,"
                        + " created_at, created_by) VALUES (?, ?, 'CUST-X', 'EMAIL', 'OTHER',"
                        + " '2025-01-10T09:00:00+07:00', 'old', '2025-01-12T09:00:00+07:00', now(), 'test')")) {
            insert.setObject(1, id);
            insert.setString(2, operatorId);
            insert.executeUpdate();
        }
        return id;
    }

    private long exists(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM complaints.complaint WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aPurgeSkipsWhileAnotherReplicaPurges() throws Exception {
        UUID old = oldComplaint("RLOCKA");
        try (Connection replica = SessionLocks.holding(dataSource,
                "SELECT pg_advisory_xact_lock(hashtextextended('qos.complaints.retention-purge', 0))")) {
            RetentionService.Purged skipped = retention.purge();
            assertEquals("another replica is purging", skipped.skipped());
            assertEquals(0, skipped.complaints());
            assertEquals(1, exists(old));
            replica.rollback();
        }
        RetentionService.Purged ran = retention.purge();
        assertNull(ran.skipped());
        assertTrue(ran.complaints() >= 1, ran.toString());
        assertEquals(0, exists(old));
    }

    @Test
    void aPurgeGivesUpAfterTheLockTimeoutRatherThanQueueBehindAnotherTransaction() throws Exception {
        UUID old = oldComplaint("RLOCKB");
        try (Connection answering = SessionLocks.holding(dataSource,
                "SELECT id FROM complaints.complaint WHERE id = ? FOR UPDATE", old)) {
            long started = System.nanoTime();
            RetentionService.Purged skipped = retention.purge();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(skipped.skipped() != null && skipped.skipped().contains("lock was not granted"), skipped.toString());
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
            answering.rollback();
        }
        assertEquals(1, exists(old));
        RetentionService.Purged ran = retention.purge();
        assertNull(ran.skipped());
        assertEquals(0, exists(old));
    }
}

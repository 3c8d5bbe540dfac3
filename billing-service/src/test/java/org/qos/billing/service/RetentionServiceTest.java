package org.qos.billing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.billing.repository.ChargingPartitions;
import org.qos.campaigns.testing.SessionLocks;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The retention purge beside other replicas and uploads: one purge at a time (an advisory try-lock; the others skip),
 * never queued behind an upload's locks (a short lock timeout; skipped, retried at the next run), partitions dropped
 * IF EXISTS. Now is TestClock's default (2026-10-15T09:00+07:00): the cutoff is 2026-04-18T09:00+07:00, every month of
 * 2024 is older.
 */
@QuarkusTest
class RetentionServiceTest {

    @Inject
    RetentionService retention;

    @Inject
    ChargingPartitions partitions;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPurgeSkipsWhileAnotherReplicaPurgesAndRunsAfterwards() throws Exception {
        partitions.ensure(YearMonth.of(2024, 1), YearMonth.of(2024, 1));
        try (Connection replica = SessionLocks.holding(dataSource,
                "SELECT pg_advisory_xact_lock(hashtextextended('qos.billing.retention-purge', 0))")) {
            RetentionService.Purged skipped = retention.purge();
            assertEquals("another replica is purging", skipped.dropped().skipped());
            assertTrue(skipped.dropped().partitions().isEmpty());
            assertTrue(partitions.months().contains(YearMonth.of(2024, 1)));
            replica.rollback();
        }
        RetentionService.Purged ran = retention.purge();
        assertNull(ran.dropped().skipped());
        assertTrue(ran.dropped().partitions().contains("charging_record_2024_01"), ran.toString());
        assertFalse(partitions.months().contains(YearMonth.of(2024, 1)));
    }

    @Test
    void aPurgeDoesNotQueueBehindAnUploadItGivesUpAfterTheLockTimeout() throws Exception {
        partitions.ensure(YearMonth.of(2024, 2), YearMonth.of(2024, 2));
        // what an upload's COPY holds on the partitioned table until it commits
        try (Connection upload = SessionLocks.holding(dataSource,
                "LOCK TABLE billing.charging_record IN ROW EXCLUSIVE MODE")) {
            long started = System.nanoTime();
            RetentionService.Purged skipped = retention.purge();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(skipped.dropped().skipped().contains("lock was not granted"), skipped.toString());
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
            // rolled back whole: the partition is still there, and the upload's session can go on
            assertTrue(partitions.months().contains(YearMonth.of(2024, 2)));
            try (Statement statement = upload.createStatement()) {
                statement.execute("SELECT count(*) FROM billing.charging_record_2024_02");
            }
            upload.rollback();
        }
        RetentionService.Purged ran = retention.purge();
        assertNull(ran.dropped().skipped());
        assertFalse(partitions.months().contains(YearMonth.of(2024, 2)));
    }

    @Test
    void concurrentPurgesNeverFailAndDropEachPartitionOnce() throws Exception {
        partitions.ensure(YearMonth.of(2024, 3), YearMonth.of(2024, 3));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RetentionService.Purged>> runs = new ArrayList<>();
            Callable<RetentionService.Purged> purge = retention::purge;
            runs.add(pool.submit(purge));
            runs.add(pool.submit(purge));
            long drops = 0;
            for (Future<RetentionService.Purged> run : runs) {
                RetentionService.Purged purged = run.get(); // neither throws
                drops += purged.dropped().partitions().stream().filter("charging_record_2024_03"::equals).count();
            }
            assertEquals(1, drops);
        } finally {
            pool.shutdownNow();
        }
        assertFalse(partitions.months().contains(YearMonth.of(2024, 3)));
    }

    @Test
    void anOldPartitionWithARowOfAnOpenAuditStaysAndOnlyItsRemovableRowsAreDeleted() throws Exception {
        partitions.ensure(YearMonth.of(2024, 4), YearMonth.of(2024, 4));
        java.util.UUID open = java.util.UUID.randomUUID();
        java.util.UUID nobody = java.util.UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO billing.invoice_audit (id, operator_id, period_start, period_end, currency,"
                    + " created_at, created_by) VALUES ('" + open + "', 'ALPHA', '2024-04-01', '2024-04-30', 'VND',"
                    + " now(), 'regulator')");
            for (String[] row : new String[][] {{open.toString(), "KEEP"}, {nobody.toString(), "STRAY"}}) {
                statement.execute("INSERT INTO billing.charging_record (campaign_id, batch_id, row_no, record_id, caller,"
                        + " caller_digits, callee, callee_digits, started_at, ended_at, charge) VALUES ('" + row[0]
                        + "', gen_random_uuid(), 1, '" + row[1] + "', '0243', '0243', '0912', '0912',"
                        + " '2024-04-10T10:00:00+07:00', '2024-04-10T10:01:00+07:00', 800)");
            }
        }
        RetentionService.Purged ran = retention.purge();
        assertNull(ran.dropped().skipped());
        assertFalse(ran.dropped().partitions().contains("charging_record_2024_04"), ran.toString());
        assertTrue(partitions.months().contains(YearMonth.of(2024, 4)));
        assertTrue(ran.dropped().kept().get("chargingRecords") >= 1, ran.toString());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("SELECT string_agg(record_id, ',' ORDER BY record_id)"
                        + " FROM billing.charging_record_2024_04 WHERE campaign_id IN ('" + open + "', '" + nobody + "')")) {
            rs.next();
            assertEquals("KEEP", rs.getString(1));
        }
    }
}

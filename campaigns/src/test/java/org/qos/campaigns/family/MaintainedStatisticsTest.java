package org.qos.campaigns.family;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.campaigns.family.TestCampaignService.OkCounts;
import org.qos.campaigns.testing.KeptStatistics;
import org.qos.campaigns.testing.KeptStatistics.Batch;
import org.qos.common.security.Caller;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The statistics the lifecycle keeps per open campaign, against the real PostgreSQL: after random batches they equal
 * the statistics query over all rows; a batch committed whose statistics were never brought up to date (a crash
 * between commit and refresh) is never answered from stale statistics.
 */
@QuarkusTest
class MaintainedStatisticsTest {

    private static final Caller ALPHA = new Caller("alpha", false, "ALPHA");
    private static final String TABLE = TestCampaignService.KIND.statisticsTable();

    @Inject
    TestCampaignService service;

    @Inject
    AgroalDataSource dataSource;

    private final AtomicInteger rowIds = new AtomicInteger();

    @Test
    void keptStatisticsEqualTheStatisticsQueryAfterRandomBatches() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            UUID id = create();
            int stored = KeptStatistics.check(seed, 15, family(id), OkCounts.class, dataSource, TABLE,
                    TestCampaignService.KIND.batchTable(), id);
            JsonNode result = service.results(id, ALPHA).get(0);
            assertEquals(service.counts(id).total(), result.at("/sample/total").asLong(), "seed " + seed);
            assertEquals(true, stored > 0);
        }
    }

    /**
     * A batch's rows are counted as they are copied and added in its transaction: its campaign's statistics are
     * current when it commits, and never gathered again from the rows (only once, those of no rows, at creation).
     */
    @Test
    void batchesCountedAsTheyStreamAreAddedWithoutGatheringTheRowsAgain() throws Exception {
        int before = service.gathered();
        UUID id = create();
        assertEquals(before + 1, service.gathered(), "the statistics of no rows, when the campaign is created");
        Random random = new Random(5);
        for (int batch = 1; batch <= 3; batch++) {
            family(id).upload(new Batch("rows", csv(random, 1 + random.nextInt(20), false)), false, null);
            KeptStatistics.assertKeptEqualsGathered(family(id), OkCounts.class, dataSource, TABLE, id, batch,
                    "batch " + batch);
        }
        service.uploadRecords(id, ALPHA, new BatchUpload(BodyFormat.CSV, new ByteArrayInputStream(
                csv(random, 4, false).getBytes(StandardCharsets.UTF_8)), false, null));
        KeptStatistics.assertKeptEqualsGathered(family(id), OkCounts.class, dataSource, TABLE, id, 4, "records");
        // (the checks' reference query is the service's counts, not the lifecycle's gather)
        assertEquals(before + 1, service.gathered(), "no batch had the statistics gathered again");
    }

    @Test
    void aBatchCommittedWithoutItsRefreshIsCountedAtTheNextRead() throws Exception {
        UUID id = create();
        family(id).upload(new Batch("rows", csv(new Random(7), 5, false)), false, null);
        // what a crash between a batch's commit and its refresh leaves: rows and a bumped version, statistics behind
        UUID batch = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lifecycle_test.test_row"
                    + " (campaign_id, batch_id, row_no, row_id, measured_at, score, ok)"
                    + " VALUES (?, ?, 1, 'crashed', '2026-07-02T00:00:00Z', 1, false)")) {
                insert.setObject(1, id);
                insert.setObject(2, batch);
                insert.executeUpdate();
            }
            try (PreparedStatement bump = connection.prepareStatement("UPDATE " + TABLE
                    + " SET batch_version = batch_version + 1, last_batch_id = ? WHERE campaign_id = ?")) {
                bump.setObject(1, batch);
                bump.setObject(2, id);
                assertEquals(1, bump.executeUpdate());
            }
        }
        JsonNode result = QuarkusTransaction.requiringNew().call(() -> service.results(id, ALPHA).get(0));
        assertEquals(6, result.at("/sample/total").asLong(), "the read gathered the statistics again");
        KeptStatistics.assertKeptEqualsGathered(family(id), OkCounts.class, dataSource, TABLE, id, 2, "after the read");
    }

    /**
     * Statistics kept by a release whose record had other fields (one more, one less, another name): read as they are
     * they would fail every result, or give a missing count as 0; they are gathered again instead, and then kept.
     */
    @Test
    void statisticsOfAnotherShapeAreGatheredAgain() throws Exception {
        String[] shapes = {"{\"total\": 3}", "{\"total\": 3, \"ok\": 1, \"bad\": 2}", "{\"rows\": 3, \"ok\": 1}"};
        for (String shape : shapes) {
            UUID id = create();
            family(id).upload(new Batch("rows", csv(new Random(11), 6, false)), false, null);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement old = connection.prepareStatement("UPDATE " + TABLE
                            + " SET statistics = CAST(? AS jsonb) WHERE campaign_id = ?")) {
                old.setString(1, shape);
                old.setObject(2, id);
                assertEquals(1, old.executeUpdate());
            }
            JsonNode result = QuarkusTransaction.requiringNew().call(() -> service.results(id, ALPHA).get(0));
            assertEquals(service.counts(id).total(), result.at("/sample/total").asLong(), shape);
            KeptStatistics.assertKeptEqualsGathered(family(id), OkCounts.class, dataSource, TABLE, id, 1, shape);
            // and a batch after it adds to the statistics gathered again
            family(id).upload(new Batch("rows", csv(new Random(12), 4, false)), false, null);
            KeptStatistics.assertKeptEqualsGathered(family(id), OkCounts.class, dataSource, TABLE, id, 2, shape);
        }
    }

    private UUID create() {
        return service.create(new TestCampaignService.NewCampaign("ALPHA", "kept", LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-09-30")), ALPHA).getId();
    }

    private KeptStatistics.Family<OkCounts> family(UUID id) {
        return new KeptStatistics.Family<>() {
            @Override
            public Batch valid(Random random) {
                return new Batch("rows", csv(random, 1 + random.nextInt(50), false));
            }

            @Override
            public Batch invalid(Random random) {
                return new Batch("rows", csv(random, 2 + random.nextInt(50), true));
            }

            @Override
            public BatchReceipt upload(Batch batch, boolean dryRun, String key) {
                return service.upload(id, ALPHA, new BatchUpload(BodyFormat.CSV,
                        new ByteArrayInputStream(batch.csv().getBytes(StandardCharsets.UTF_8)), dryRun, key));
            }

            @Override
            public OkCounts gather() {
                return service.counts(id);
            }
        };
    }

    /** Rows with fresh ids; with {@code bad}, the last row's score is out of range. */
    private String csv(Random random, int rows, boolean bad) {
        StringBuilder csv = new StringBuilder("rowId,measuredAt,score,ok\n");
        for (int i = 0; i < rows; i++) {
            boolean last = i == rows - 1;
            csv.append("r").append(rowIds.incrementAndGet()).append(",2026-07-0").append(1 + random.nextInt(9))
                    .append("T10:00:00Z,").append(bad && last ? "101" : String.valueOf(random.nextInt(101))).append(',')
                    .append(random.nextBoolean()).append('\n');
        }
        return csv.toString();
    }
}

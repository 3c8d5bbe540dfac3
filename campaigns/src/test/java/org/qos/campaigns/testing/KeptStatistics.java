package org.qos.campaigns.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.common.problem.ProblemException;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The rule of kept statistics (issue 16), checked the same way for every family: random batches are sent to one
 * campaign (valid ones, ones with a bad row, resends with the same {@code Idempotency-Key}, dry runs, several at once),
 * and after each step the statistics the lifecycle keeps are those of every stored batch and equal to what the
 * family's statistics query gathers from all the rows now.
 */
public final class KeptStatistics {

    /** A batch of one kind of rows of the family (e.g. "calls" or "records"), as CSV. */
    public record Batch(String kind, String csv) {

        /** The batch as the family's upload takes it: a CSV body, dry run or not, with the key (or none). */
        public BatchUpload upload(boolean dryRun, String idempotencyKey) {
            return new BatchUpload(BodyFormat.CSV, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    dryRun, idempotencyKey);
        }
    }

    /** What a family's test supplies. */
    public interface Family<S> {

        /** A valid batch of fresh rows (row ids never sent before), of any of its kinds. */
        Batch valid(Random random);

        /** A batch with exactly one invalid row among valid ones. */
        Batch invalid(Random random);

        /** Sends it to the campaign as the family's upload does; a refusal is a ProblemException. */
        BatchReceipt upload(Batch batch, boolean dryRun, String idempotencyKey);

        /** The statistics query over all the campaign's rows, now. */
        S gather();
    }

    private KeptStatistics() {
    }

    /**
     * Runs {@code steps} random steps against one open campaign and checks after each; gives how many batches were
     * stored.
     */
    public static <S> int check(long seed, int steps, Family<S> family, Class<S> type, DataSource dataSource,
            String statisticsTable, String batchTable, UUID campaignId) throws Exception {
        Random random = new Random(seed);
        List<Batch> keyed = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int stored = 0;
        for (int step = 0; step < steps; step++) {
            int action = step == 0 ? 0 : random.nextInt(5);
            String what;
            switch (action) {
                case 0 -> {
                    Batch batch = family.valid(random);
                    String key = "key-" + UUID.randomUUID();
                    assertNotNull(family.upload(batch, false, key).batchId());
                    keyed.add(batch);
                    keys.add(key);
                    stored++;
                    what = "valid " + batch.kind();
                }
                case 1 -> {
                    Batch batch = family.invalid(random);
                    int status = refusal(() -> family.upload(batch, false, null));
                    assertEquals(400, status, "a batch with a bad row is refused");
                    what = "invalid " + batch.kind();
                }
                case 2 -> {
                    int i = random.nextInt(keyed.size());
                    BatchReceipt again = family.upload(keyed.get(i), false, keys.get(i));
                    assertNotNull(again.batchId());
                    what = "resent " + keyed.get(i).kind();
                }
                case 3 -> {
                    Batch batch = family.valid(random);
                    assertEquals(Boolean.TRUE, family.upload(batch, true, null).dryRun());
                    what = "dry run " + batch.kind();
                }
                default -> {
                    int parallel = 2 + random.nextInt(3);
                    List<Batch> batches = new ArrayList<>();
                    for (int i = 0; i < parallel; i++) {
                        batches.add(family.valid(random));
                    }
                    ExecutorService pool = Executors.newFixedThreadPool(parallel);
                    try {
                        List<Future<BatchReceipt>> receipts = new ArrayList<>();
                        for (Batch batch : batches) {
                            // each in a request of its own, as HTTP uploads are
                            receipts.add(pool.submit(() -> {
                                ManagedContext request = Arc.container().requestContext();
                                request.activate();
                                try {
                                    return family.upload(batch, false, null);
                                } finally {
                                    request.terminate();
                                }
                            }));
                        }
                        for (Future<BatchReceipt> receipt : receipts) {
                            assertNotNull(receipt.get().batchId());
                        }
                    } finally {
                        pool.shutdown();
                    }
                    stored += parallel;
                    what = parallel + " at once";
                }
            }
            String context = "seed " + seed + ", step " + step + " (" + what + ")";
            assertEquals(stored, batches(dataSource, batchTable, campaignId), context + ": batches stored");
            assertKeptEqualsGathered(family, type, dataSource, statisticsTable, campaignId, stored, context);
        }
        return stored;
    }

    /** The kept statistics are of {@code batches} batches and equal what the statistics query gathers now. */
    public static <S> void assertKeptEqualsGathered(Family<S> family, Class<S> type, DataSource dataSource,
            String statisticsTable, UUID campaignId, long batches, String context) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT batch_version, statistics_version, statistics::text FROM " + statisticsTable
                        + " WHERE campaign_id = ?")) {
            select.setObject(1, campaignId);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), context + ": statistics kept");
                assertEquals(batches, rs.getLong(1), context + ": batch version");
                assertEquals(batches, rs.getLong(2), context + ": statistics of every stored batch");
                S kept = read(rs.getString(3), type);
                S gathered = QuarkusTransaction.requiringNew().call(family::gather);
                assertEquals(gathered, kept, context + ": kept statistics against the statistics query");
            }
        }
    }

    private static long batches(DataSource dataSource, String batchTable, UUID campaignId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM " + batchTable + " WHERE campaign_id = ?")) {
            count.setObject(1, campaignId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int refusal(Supplier<BatchReceipt> upload) {
        try {
            upload.get();
        } catch (ProblemException e) {
            return e.problem().status();
        }
        throw new AssertionError("the batch was accepted");
    }

    private static <S> S read(String json, Class<S> type) {
        try {
            return new ObjectMapper().findAndRegisterModules().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

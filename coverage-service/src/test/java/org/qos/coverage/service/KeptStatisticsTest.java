package org.qos.coverage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.campaigns.testing.KeptStatistics;
import org.qos.campaigns.testing.KeptStatistics.Batch;
import org.qos.common.security.Caller;
import org.qos.coverage.domain.Campaign;
import org.qos.coverage.domain.CoverageStatistics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Coverage statistics, counted as a campaign's first batch streams and gathered whole after each later batch (medians
 * per bin), equal the statistics query over all rows after random batches; replacing the area's street inventory is
 * reflected at the next read.
 */
@QuarkusTest
class KeptStatisticsTest {

    private static final Caller REGULATOR = new Caller("regulator", true, null);
    private static final Caller ALPHA = new Caller("alpha", false, "ALPHA");

    @Inject
    CoverageCampaignService service;

    @Inject
    StreetInventoryService streets;

    @Inject
    AgroalDataSource dataSource;

    private final AtomicInteger areas = new AtomicInteger();

    @Test
    void binsSamplesAndStreetsKeptBatchByBatchEqualTheStatisticsQuery() throws Exception {
        String area = "KEPT-" + System.nanoTime() % 1_000_000 + "-" + areas.incrementAndGet();
        inventory(area, "s1", "s2", "s3", "s4", "s5", "s6");
        Campaign campaign = service.create(new CoverageCampaignService.NewCampaign("ALPHA", area,
                LocalDate.parse("2026-07-01"), LocalDate.parse("2026-09-30"), new BigDecimal("-90"), 100), ALPHA);
        KeptStatistics.check(31, 14, new KeptStatistics.Family<CoverageStatistics>() {
            @Override
            public Batch valid(Random random) {
                return new Batch("samples", csv(random, 1 + random.nextInt(80), false));
            }

            @Override
            public Batch invalid(Random random) {
                return new Batch("samples", csv(random, 2 + random.nextInt(80), true));
            }

            @Override
            public BatchReceipt upload(Batch batch, boolean dryRun, String key) {
                return service.upload(campaign.getId(), ALPHA, batch.upload(dryRun, key));
            }

            @Override
            public CoverageStatistics gather() {
                return service.statistics().gather(campaign);
            }
        }, CoverageStatistics.class, dataSource, CoverageCampaignService.KIND.statisticsTable(),
                CoverageCampaignService.KIND.batchTable(), campaign.getId());

        long measured = QuarkusTransaction.requiringNew().call(() -> service.statistics().gather(campaign))
                .streets().measured();
        inventory(area, "s1", "s2", "other");
        JsonNode result = QuarkusTransaction.requiringNew().call(() -> service.results(campaign.getId(), ALPHA).get(0));
        CoverageStatistics now = QuarkusTransaction.requiringNew().call(() -> service.statistics().gather(campaign));
        assertEquals(3, now.streets().inventory(), "the new inventory");
        assertEquals(true, now.streets().measured() <= Math.min(2, measured));
        assertEquals(3, result.at("/streets/inventory").asLong(), "the result counts against the new inventory");
        assertEquals(now.streets().measured(), result.at("/streets/measured").asLong());
        KeptStatistics.assertKeptEqualsGathered(gatherOnly(campaign), CoverageStatistics.class, dataSource,
                CoverageCampaignService.KIND.statisticsTable(), campaign.getId(), batchVersion(campaign),
                "after the inventory was replaced");
    }

    /**
     * A first batch is counted as it streams (SampleTally: bins decided from counts and the levels around the
     * threshold); for campaigns of random first batches (levels on and around the threshold, halves included, so that
     * a bin's two middle levels often straddle it), its kept statistics equal the statistics query's.
     */
    @Test
    void aFirstBatchCountedAsItStreamsEqualsTheStatisticsQuery() throws Exception {
        String area = "FIRST-" + System.nanoTime() % 1_000_000 + "-" + areas.incrementAndGet();
        inventory(area, "s1", "s2", "s3");
        Random random = new Random(77);
        for (int i = 0; i < 25; i++) {
            Campaign campaign = service.create(new CoverageCampaignService.NewCampaign("ALPHA", area,
                    LocalDate.parse("2026-07-01"), LocalDate.parse("2026-09-30"), new BigDecimal("-90"), 50 + 25 * (i % 3)),
                    ALPHA);
            Batch batch = new Batch("samples", csv(random, 1 + random.nextInt(i < 5 ? 4 : 300), false));
            assertEquals(false, service.upload(campaign.getId(), ALPHA, batch.upload(false, null)).batchId() == null);
            KeptStatistics.assertKeptEqualsGathered(gatherOnly(campaign), CoverageStatistics.class, dataSource,
                    CoverageCampaignService.KIND.statisticsTable(), campaign.getId(), 1, "campaign " + i);
        }
    }

    private KeptStatistics.Family<CoverageStatistics> gatherOnly(Campaign campaign) {
        return new KeptStatistics.Family<>() {
            @Override
            public Batch valid(Random random) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Batch invalid(Random random) {
                throw new UnsupportedOperationException();
            }

            @Override
            public BatchReceipt upload(Batch batch, boolean dryRun, String key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CoverageStatistics gather() {
                return service.statistics().gather(campaign);
            }
        };
    }

    private long batchVersion(Campaign campaign) throws Exception {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(
                "SELECT batch_version FROM coverage.campaign_statistics WHERE campaign_id = ?")) {
            select.setObject(1, campaign.getId());
            try (var rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void inventory(String area, String... ids) {
        StringBuilder csv = new StringBuilder("streetId,name,lengthMeters\n");
        for (String id : ids) {
            csv.append(id).append(",Street ").append(id).append(",100\n");
        }
        QuarkusTransaction.requiringNew().run(() -> streets.replace(area, BodyFormat.CSV,
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), REGULATOR));
    }

    /** Samples in a few hundred metres (so that bins hold several); with {@code bad}, the last one's latitude is 95. */
    private static String csv(Random random, int rows, boolean bad) {
        StringBuilder csv = new StringBuilder("at,lat,lon,signalDbm,speedKmh,streetId,outdoor\n");
        for (int i = 0; i < rows; i++) {
            boolean wrong = bad && i == rows - 1;
            String lat = wrong ? "95" : String.valueOf(21.0 + random.nextInt(30) / 10_000.0);
            csv.append("2026-07-0").append(1 + random.nextInt(9)).append("T08:00:00+07:00,").append(lat).append(',')
                    .append(105.8 + random.nextInt(30) / 10_000.0).append(',').append(-120 + random.nextInt(60))
                    .append(random.nextInt(2) == 0 ? ".5" : "").append(',').append(random.nextInt(70)).append(",s")
                    .append(1 + random.nextInt(8)).append(',').append(random.nextInt(8) != 0).append('\n');
        }
        return csv.toString();
    }
}

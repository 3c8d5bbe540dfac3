package org.qos.voice.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.testing.KeptStatistics;
import org.qos.campaigns.testing.KeptStatistics.Batch;
import org.qos.common.security.Caller;
import org.qos.voice.domain.Campaign;
import org.qos.voice.domain.GoodScore;
import org.qos.voice.domain.Method;
import org.qos.voice.domain.VoiceRules;
import org.qos.voice.domain.VoiceStatistics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Voice statistics kept as batches arrive (each batch's rows counted as they are copied and added in its transaction)
 * equal the statistics query over all rows after random batches: objective calls (scores on both sides of the good
 * score, of an instrument on the MOS scale and of a mapped one, exclusions), survey responses (the reason histogram),
 * expert opinions, and a campaign whose statistics were not kept before its first batch.
 */
@QuarkusTest
class KeptStatisticsTest {

    private static final Caller ALPHA = new Caller("alpha", false, "ALPHA");
    private static final List<String> REASONS = List.of("NOISE", "ECHO", "DROPPED", "CROSSTALK");

    @Inject
    VoiceCampaignService service;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    VoiceRules rules;

    private final AtomicInteger ids = new AtomicInteger();

    @Test
    void objectiveCallsCountedBatchByBatchEqualTheStatisticsQuery() throws Exception {
        for (long seed = 11; seed <= 12; seed++) {
            Campaign campaign = create(Method.OBJECTIVE, null);
            check(seed, campaign, (random, rows, bad) -> {
                StringBuilder csv = new StringBuilder("callId,startedAt,score,speedKmh,onNet\n");
                for (int i = 0; i < rows; i++) {
                    boolean wrong = bad && i == rows - 1;
                    // scores around the good score 3.0, some exactly on it; some calls too fast or off the network
                    String score = wrong ? "not-a-score" : random.nextInt(5) == 0 ? "3.0"
                            : String.valueOf(1 + random.nextInt(400) / 100.0);
                    csv.append("c").append(ids.incrementAndGet()).append(",2026-07-0").append(1 + random.nextInt(9))
                            .append("T08:00:00+07:00,").append(score).append(',').append(random.nextInt(40))
                            .append(',').append(random.nextInt(6) != 0).append('\n');
                }
                return csv.toString();
            });
        }
    }

    /**
     * P.862's good score is a native bound with dozens of decimals (the midpoint below the smallest good double):
     * scores on it and a hair either side are judged alike by the tally, in Java, and by the statistics query.
     */
    @Test
    void objectiveCallsOnBothSidesOfAMappedInstrumentsBoundAreJudgedAsTheStatisticsQueryJudgesThem() throws Exception {
        GoodScore good = rules.goodScore(Method.OBJECTIVE, "P.862");
        BigDecimal hair = new BigDecimal("1e-40");
        List<String> near = List.of(good.bound().toPlainString(), good.bound().add(hair).toPlainString(),
                good.bound().subtract(hair).toPlainString(), good.nativeMin().toPlainString(), "3.1192", "3.1193");
        Campaign campaign = create(Method.OBJECTIVE, null, "P.862");
        check(13, campaign, (random, rows, bad) -> {
            StringBuilder csv = new StringBuilder("callId,startedAt,score,speedKmh,onNet\n");
            for (int i = 0; i < rows; i++) {
                String score = bad && i == rows - 1 ? "4.6" : random.nextBoolean() ? near.get(random.nextInt(near.size()))
                        : String.valueOf(random.nextInt(500) / 100.0 - 0.5);
                csv.append("m").append(ids.incrementAndGet()).append(",2026-07-05T08:00:00+07:00,").append(score)
                        .append(',').append(random.nextInt(35)).append(',').append(random.nextInt(8) != 0).append('\n');
            }
            return csv.toString();
        });
    }

    @Test
    void expertOpinionsCountedBatchByBatchEqualTheStatisticsQuery() throws Exception {
        Campaign campaign = create(Method.EXPERT_PANEL, null);
        check(31, campaign, (random, rows, bad) -> {
            StringBuilder csv = new StringBuilder("expertId,successfulCalls,score\n");
            for (int i = 0; i < rows; i++) {
                // some after too few successful calls (excluded), scores on both sides of the good score
                csv.append("e").append(ids.incrementAndGet()).append(',').append(random.nextInt(40)).append(',')
                        .append(bad && i == rows - 1 ? "6" : String.valueOf(1 + random.nextInt(5))).append('\n');
            }
            return csv.toString();
        });
    }

    /**
     * A campaign whose statistics were never kept (created before they were): its batches cannot be added to nothing,
     * so the first is gathered whole after its commit, and the next ones add to that.
     */
    @Test
    void aCampaignWithoutKeptStatisticsHasThemGatheredThenAddedTo() throws Exception {
        Campaign campaign = create(Method.OBJECTIVE, null);
        try (Connection connection = dataSource.getConnection(); PreparedStatement forget = connection.prepareStatement(
                "DELETE FROM " + VoiceCampaignService.KIND.statisticsTable() + " WHERE campaign_id = ?")) {
            forget.setObject(1, campaign.getId());
            assertEquals(1, forget.executeUpdate(), "a new campaign's statistics are kept from its creation");
        }
        check(14, campaign, (random, rows, bad) -> {
            StringBuilder csv = new StringBuilder("callId,startedAt,score,speedKmh,onNet\n");
            for (int i = 0; i < rows; i++) {
                csv.append("o").append(ids.incrementAndGet()).append(",2026-07-03T08:00:00+07:00,")
                        .append(bad && i == rows - 1 ? "" : String.valueOf(1 + random.nextInt(400) / 100.0))
                        .append(",5,true\n");
            }
            return csv.toString();
        });
    }

    /**
     * A batch is added to the statistics kept, in its transaction, not gathered from the rows again: statistics that
     * were (deliberately) off by 1000 calls stay off by 1000 after the next batch, which adds its own 2.
     */
    @Test
    void aBatchIsAddedToTheStatisticsKeptNotGatheredAgain() throws Exception {
        Campaign campaign = create(Method.OBJECTIVE, null);
        String csv = "callId,startedAt,score,speedKmh,onNet\n";
        service.upload(campaign.getId(), ALPHA, new Batch("calls", csv + "a" + ids.incrementAndGet()
                + ",2026-07-01T08:00:00+07:00,3.5,5,true\n").upload(false, null));
        String table = VoiceCampaignService.KIND.statisticsTable();
        try (Connection connection = dataSource.getConnection(); PreparedStatement skew = connection.prepareStatement(
                "UPDATE " + table + " SET statistics = jsonb_set(jsonb_set(statistics, '{counts,total}',"
                        + " to_jsonb((statistics #>> '{counts,total}')::bigint + 1000)), '{counts,valid}',"
                        + " to_jsonb((statistics #>> '{counts,valid}')::bigint + 1000)) WHERE campaign_id = ?")) {
            skew.setObject(1, campaign.getId());
            assertEquals(1, skew.executeUpdate());
        }
        service.upload(campaign.getId(), ALPHA, new Batch("calls", csv + "a" + ids.incrementAndGet()
                + ",2026-07-01T08:00:00+07:00,3.5,5,true\na" + ids.incrementAndGet()
                + ",2026-07-01T08:00:00+07:00,2.5,5,true\n").upload(false, null));
        try (Connection connection = dataSource.getConnection(); PreparedStatement kept = connection.prepareStatement(
                "SELECT batch_version, statistics_version, statistics #>> '{counts,total}',"
                        + " statistics #>> '{counts,good}' FROM " + table + " WHERE campaign_id = ?")) {
            kept.setObject(1, campaign.getId());
            try (var rs = kept.executeQuery()) {
                rs.next();
                assertEquals(2, rs.getLong(1));
                assertEquals(2, rs.getLong(2));
                assertEquals(1003, rs.getLong(3), "1 + 1000 kept, and the batch's 2 added");
                assertEquals(2, rs.getLong(4), "3.5 twice");
            }
        }
    }

    @Test
    void surveyResponsesAndTheirReasonsCountedBatchByBatchEqualTheStatisticsQuery() throws Exception {
        Campaign campaign = create(Method.CUSTOMER_SURVEY, 250L);
        check(21, campaign, (random, rows, bad) -> {
            StringBuilder csv = new StringBuilder("respondentId,channel,handsetModel,usageMonths,score,reasons\n");
            for (int i = 0; i < rows; i++) {
                boolean wrong = bad && i == rows - 1;
                int score = 1 + random.nextInt(5);
                String reasons = score > 3 ? "" : REASONS.get(random.nextInt(REASONS.size()))
                        + (random.nextBoolean() ? ";" + REASONS.get(0) : "");
                if (reasons.equals(REASONS.get(0) + ";" + REASONS.get(0))) {
                    reasons = REASONS.get(0);
                }
                csv.append("p").append(ids.incrementAndGet()).append(wrong ? ",PIGEON" : ",MAIL").append(",,,")
                        .append(score).append(',').append(reasons).append('\n');
            }
            return csv.toString();
        });
    }

    private interface Rows {
        String csv(Random random, int rows, boolean bad);
    }

    private void check(long seed, Campaign campaign, Rows rows) throws Exception {
        KeptStatistics.check(seed, 12, new KeptStatistics.Family<VoiceStatistics>() {
            @Override
            public Batch valid(Random random) {
                return new Batch("samples", rows.csv(random, 1 + random.nextInt(60), false));
            }

            @Override
            public Batch invalid(Random random) {
                return new Batch("samples", rows.csv(random, 2 + random.nextInt(60), true));
            }

            @Override
            public BatchReceipt upload(Batch batch, boolean dryRun, String key) {
                return service.upload(campaign.getId(), ALPHA, batch.upload(dryRun, key));
            }

            @Override
            public VoiceStatistics gather() {
                return service.gatherRows(campaign);
            }
        }, VoiceStatistics.class, dataSource, VoiceCampaignService.KIND.statisticsTable(),
                VoiceCampaignService.KIND.batchTable(), campaign.getId());
    }

    private Campaign create(Method method, Long subscribers) {
        return create(method, subscribers, null);
    }

    private Campaign create(Method method, Long subscribers, String instrument) {
        return service.create(new VoiceCampaignService.NewCampaign("ALPHA", "HN", method, LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-09-30"), subscribers, instrument), ALPHA);
    }
}

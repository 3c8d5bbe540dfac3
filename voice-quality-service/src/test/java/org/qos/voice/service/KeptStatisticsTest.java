package org.qos.voice.service;

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
import org.qos.voice.domain.Method;
import org.qos.voice.domain.VoiceStatistics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Voice statistics kept as batches arrive (each batch's own rows counted and added) equal the statistics query over
 * all rows after random batches: objective calls (scores on both sides of the good score, exclusions) and survey
 * responses (the reason histogram).
 */
@QuarkusTest
class KeptStatisticsTest {

    private static final Caller ALPHA = new Caller("alpha", false, "ALPHA");
    private static final List<String> REASONS = List.of("NOISE", "ECHO", "DROPPED", "CROSSTALK");

    @Inject
    VoiceCampaignService service;

    @Inject
    AgroalDataSource dataSource;

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
                return service.gatherRows(campaign, null);
            }
        }, VoiceStatistics.class, dataSource, VoiceCampaignService.KIND.statisticsTable(),
                VoiceCampaignService.KIND.batchTable(), campaign.getId());
    }

    private Campaign create(Method method, Long subscribers) {
        return service.create(new VoiceCampaignService.NewCampaign("ALPHA", "HN", method, LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-09-30"), subscribers, null), ALPHA);
    }
}

package org.qos.campaigns.family;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.qos.campaigns.batch.BatchKind;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchTally;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.domain.CampaignKind;
import org.qos.campaigns.service.CampaignContext;
import org.qos.campaigns.service.CampaignLifecycle;
import org.qos.campaigns.service.CampaignStatistics;
import org.qos.common.kpi.Comparator;
import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.KpiUnit;
import org.qos.common.kpi.SampleSummary;
import org.qos.common.kpi.Target;
import org.qos.common.kpi.Verdict;
import org.qos.common.problem.FieldError;
import org.qos.common.security.Caller;

/** The test family's service on the shared lifecycle: a trivial KPI, the share of its rows that are ok. */
@ApplicationScoped
public class TestCampaignService extends CampaignLifecycle<TestCampaign> {

    static final CampaignKind KIND = new CampaignKind("Campaign", "lifecycle_test.campaign", "lifecycle_test.batch");
    static final BatchKind<TestRow> ROWS = new BatchKind<>(new TestRowSchema(), TestRowSchema.TABLE)
            .countedBy(OkTally::new);
    /** The same rows as the operator's own records (as billing's charging records are). */
    static final BatchKind<TestRow> RECORDS = BatchKind.operatorRecords(new TestRowSchema(), TestRowSchema.TABLE)
            .countedBy(OkTally::new);
    private static final Target TARGET = new Target(Comparator.GE, new BigDecimal("0.5"));

    public record NewCampaign(String operatorId, String label, LocalDate periodStart, LocalDate periodEnd) {
    }

    private final EntityManager entityManager;
    private final AtomicInteger gathered = new AtomicInteger();

    public TestCampaignService(TestCampaignRepository campaigns, CampaignContext context, EntityManager entityManager) {
        super(KIND, campaigns, context);
        this.entityManager = entityManager;
    }

    @Transactional
    public TestCampaign create(NewCampaign request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        if (request.label() == null || request.label().isBlank()) {
            errors.add(FieldError.of("label", "is required"));
        }
        return create(caller, request.operatorId(), request.periodStart(), request.periodEnd(), errors,
                header -> new TestCampaign(header, request.label()));
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt upload(UUID id, Caller caller, BatchUpload upload) {
        return ingest(id, caller, upload, campaign -> ROWS);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt uploadRecords(UUID id, Caller caller, BatchUpload upload) {
        return ingest(id, caller, upload, campaign -> RECORDS);
    }

    /** The test family's statistics: rows and those ok. They add up over batches. */
    public record OkCounts(long total, long ok) {
    }

    /** How often the lifecycle gathered the statistics whole: tests see when it does not. */
    public int gathered() {
        return gathered.get();
    }

    /** The test family's statistics of a batch, counted as it streams: the rule of {@link #counts}, row by row. */
    static final class OkTally implements BatchTally<TestRow, OkCounts> {
        private long total;
        private long ok;

        @Override
        public void count(TestRow row) {
            total++;
            if (Boolean.TRUE.equals(row.ok())) {
                ok++;
            }
        }

        @Override
        public OkCounts counted() {
            return new OkCounts(total, ok);
        }
    }

    /** The statistics query of the test family over a campaign's rows. */
    public OkCounts counts(UUID campaignId) {
        var query = entityManager.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE ok)"
                + " FROM lifecycle_test.test_row WHERE campaign_id = :id")
                .setParameter("id", campaignId);
        Object[] counts = (Object[]) query.getSingleResult();
        return new OkCounts(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    @Override
    protected CampaignStatistics<TestCampaign, OkCounts> statistics() {
        return new CampaignStatistics<>() {
            @Override
            public Class<OkCounts> type() {
                return OkCounts.class;
            }

            @Override
            public OkCounts gather(TestCampaign campaign) {
                gathered.incrementAndGet();
                return counts(campaign.getId());
            }

            @Override
            public boolean decomposable() {
                return true;
            }

            @Override
            public OkCounts add(OkCounts kept, OkCounts batch) {
                return new OkCounts(kept.total() + batch.total(), kept.ok() + batch.ok());
            }

            @Override
            public List<KpiResult> evaluate(TestCampaign campaign, OkCounts counts, OffsetDateTime now) {
                long total = counts.total();
                long ok = counts.ok();
                Double value = total == 0 ? null : (double) ok / total;
                Verdict verdict = total == 0 ? Verdict.INSUFFICIENT_DATA
                        : TARGET.isMetBy(ok, total) ? Verdict.PASS : Verdict.FAIL;
                return List.of(new KpiResult("test.ok", "0", "test", "1", campaign.getOperatorId(), campaign.getLabel(),
                        campaign.getId(), "TEST", campaign.getPeriodStart(), campaign.getPeriodEnd(), now, value,
                        KpiUnit.RATIO, TARGET, new SampleSummary(total, total, 0, 1, total >= 1, Map.of()), null,
                        verdict, false, List.of(), Map.of()));
            }
        };
    }
}

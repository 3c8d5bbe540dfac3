package org.qos.billing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.billing.domain.Campaign;
import org.qos.billing.domain.InvoiceAudit;
import org.qos.billing.domain.InvoiceCounts;
import org.qos.billing.domain.ReconciliationStatistics;
import org.qos.billing.rest.TestData;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.testing.KeptStatistics;
import org.qos.campaigns.testing.KeptStatistics.Batch;
import org.qos.common.security.Caller;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Billing statistics, gathered whole after each batch (a record of a later batch matches a call or a line of an
 * earlier one), equal the statistics query over all rows after random batches of both kinds: a test-call campaign's
 * reconciliation, an invoice audit's counts.
 */
@QuarkusTest
class KeptStatisticsTest {

    private static final Caller ALPHA = new Caller("alpha", false, "ALPHA");
    private static final String[] DIRECTIONS = {"ON_NET", "OTHER_PHS", "PSTN", "MOBILE"};

    @Inject
    BillingCampaignService campaigns;

    @Inject
    InvoiceAuditService audits;

    @Inject
    AgroalDataSource dataSource;

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger records = new AtomicInteger();
    private final AtomicInteger lines = new AtomicInteger();

    @Test
    void aCampaignsReconciliationKeptBatchByBatchEqualsTheStatisticsQuery() throws Exception {
        Campaign campaign = campaigns.create(new BillingCampaignService.NewCampaign("ALPHA",
                LocalDate.parse("2026-04-01"), LocalDate.parse("2026-06-30"), null, null), ALPHA);
        KeptStatistics.check(41, 14, new KeptStatistics.Family<ReconciliationStatistics>() {
            @Override
            public Batch valid(Random random) {
                return random.nextBoolean() ? new Batch("calls", calls(random, 1 + random.nextInt(30), false))
                        : new Batch("records", records(random, 1 + random.nextInt(30), false));
            }

            @Override
            public Batch invalid(Random random) {
                return random.nextBoolean() ? new Batch("calls", calls(random, 2 + random.nextInt(30), true))
                        : new Batch("records", records(random, 2 + random.nextInt(30), true));
            }

            @Override
            public BatchReceipt upload(Batch batch, boolean dryRun, String key) {
                BatchUpload upload = batch.upload(dryRun, key);
                return batch.kind().equals("calls") ? campaigns.uploadCalls(campaign.getId(), ALPHA, upload)
                        : campaigns.uploadRecords(campaign.getId(), ALPHA, upload);
            }

            @Override
            public ReconciliationStatistics gather() {
                // the reconciliation reads the record totals kept batch by batch: they equal the records' own count
                assertEquals(countedTotals(campaign.getId()), keptTotals(campaign.getId()),
                        "record totals kept batch by batch against the records stored");
                return campaigns.statistics().gather(campaign);
            }
        }, ReconciliationStatistics.class, dataSource, BillingCampaignService.KIND.statisticsTable(),
                BillingCampaignService.KIND.batchTable(), campaign.getId());
    }

    @Test
    void anAuditsCountsKeptBatchByBatchEqualTheStatisticsQuery() throws Exception {
        InvoiceAudit audit = audits.create(new InvoiceAuditService.NewAudit("ALPHA", LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-06-30"), null), ALPHA);
        KeptStatistics.check(51, 14, new KeptStatistics.Family<InvoiceCounts>() {
            @Override
            public Batch valid(Random random) {
                boolean lines = random.nextBoolean();
                return new Batch(lines ? "lines" : "records", auditRows(random, lines, 1 + random.nextInt(30), false));
            }

            @Override
            public Batch invalid(Random random) {
                boolean lines = random.nextBoolean();
                return new Batch(lines ? "lines" : "records", auditRows(random, lines, 2 + random.nextInt(30), true));
            }

            @Override
            public BatchReceipt upload(Batch batch, boolean dryRun, String key) {
                BatchUpload upload = batch.upload(dryRun, key);
                return batch.kind().equals("lines") ? audits.uploadLines(audit.getId(), ALPHA, upload)
                        : audits.uploadRecords(audit.getId(), ALPHA, upload);
            }

            @Override
            public InvoiceCounts gather() {
                assertEquals(countedTotals(audit.getId()), keptTotals(audit.getId()),
                        "record totals kept batch by batch against the records stored");
                return audits.statistics().gather(audit);
            }
        }, InvoiceCounts.class, dataSource, InvoiceAuditService.KIND.statisticsTable(),
                InvoiceAuditService.KIND.batchTable(), audit.getId());
    }

    /** The records and recorded milliseconds of the campaign's (or audit's) records, counted now. */
    private String countedTotals(UUID id) {
        return TestData.text("SELECT count(*) || ' ' || (coalesce(sum(duration_seconds), 0) * 1000)::bigint"
                + " FROM billing.charging_record WHERE campaign_id = ?", id);
    }

    /** The same as kept with each batch (none kept: no records). */
    private String keptTotals(UUID id) {
        return TestData.text("SELECT coalesce((SELECT records || ' ' || recorded_millis"
                + " FROM billing.charging_record_totals WHERE campaign_id = ?), '0 0')", id);
    }

    /** Test calls from one caller to a few callees, minutes apart; with {@code bad}, the last one's direction is unknown. */
    private String calls(Random random, int rows, boolean bad) {
        StringBuilder csv = new StringBuilder("callId,caller,callee,direction,startedAt,durationSeconds\n");
        for (int i = 0; i < rows; i++) {
            int n = calls.incrementAndGet();
            csv.append('C').append(n).append(",0243825").append(1000 + n % 3).append(",091200000").append(n % 5)
                    .append(',').append(bad && i == rows - 1 ? "BOGUS" : DIRECTIONS[random.nextInt(4)])
                    .append(",2026-04-").append(10 + n % 15).append("T09:").append(10 + n % 40).append(":00+07:00,")
                    .append(30 + random.nextInt(120)).append('\n');
        }
        return csv.toString();
    }

    /**
     * Charging records near the calls (some matching, some phantom), durations with up to three decimals; with
     * {@code bad}, the last one's charge is text, or (one time in two) its id is the batch's first (refused after the
     * COPY).
     */
    private String records(Random random, int rows, boolean bad) {
        StringBuilder csv = new StringBuilder("recordId,caller,callee,startedAt,durationSeconds,charge\n");
        boolean repeat = bad && random.nextBoolean();
        int first = records.get() + 1;
        for (int i = 0; i < rows; i++) {
            int n = records.incrementAndGet();
            csv.append('R').append(repeat && i == rows - 1 ? first : n).append(",0243825").append(1000 + n % 3).append(",091200000").append(n % 5)
                    .append(",2026-04-").append(10 + n % 15).append("T09:").append(10 + n % 40).append(':')
                    .append(10 + random.nextInt(20)).append("+07:00,").append(30 + random.nextInt(120)).append('.').append(random.nextInt(1000)).append(',')
                    .append(bad && !repeat && i == rows - 1 ? "lots" : String.valueOf(100 * random.nextInt(20))).append('\n');
        }
        return csv.toString();
    }

    /** Records or lines of an audit: ids counted per kind, so that a line pairs with the record of the same id. */
    private String auditRows(Random random, boolean line, int rows, boolean bad) {
        StringBuilder csv = new StringBuilder("recordId,subscriber,callee,startedAt,endedAt,charge\n");
        for (int i = 0; i < rows; i++) {
            int n = (line ? lines : records).incrementAndGet();
            csv.append('A').append(n).append(",0243 825 1234,091200000").append(random.nextInt(2))
                    .append(",2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,")
                    .append(bad && i == rows - 1 ? "lots" : String.valueOf(800 * (1 + random.nextInt(2)))).append('\n');
        }
        return csv.toString();
    }
}

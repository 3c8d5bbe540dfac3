package org.qos.billing.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.qos.billing.domain.BillingRules;
import org.qos.billing.domain.Campaign;
import org.qos.billing.domain.ChargingRecord;
import org.qos.billing.domain.Discrepancy;
import org.qos.billing.domain.Reconciliation;
import org.qos.billing.domain.ReconciliationCounts;
import org.qos.billing.domain.ReconciliationStatistics;
import org.qos.billing.domain.Subject;
import org.qos.billing.domain.TestCall;
import org.qos.billing.domain.WrongCallsKpi;
import org.qos.billing.domain.WrongTimeKpi;
import org.qos.billing.repository.BillingTables;
import org.qos.billing.repository.CampaignRepository;
import org.qos.billing.repository.ChargingPartitions;
import org.qos.billing.repository.FrozenDiscrepancies;
import org.qos.billing.repository.RecordBatchWatch;
import org.qos.billing.repository.ReconciliationRepository;
import org.qos.campaigns.batch.BatchKind;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.domain.CampaignKind;
import org.qos.campaigns.service.CampaignContext;
import org.qos.campaigns.service.CampaignLifecycle;
import org.qos.campaigns.service.CampaignStatistics;
import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.security.Caller;

/**
 * Test-call campaigns (clause 3.6) on the shared lifecycle: the tolerance and window a campaign states, its test
 * calls and charging records, their reconciliation, its two results and its discrepancies.
 */
@ApplicationScoped
public class BillingCampaignService extends CampaignLifecycle<Campaign> {

    static final CampaignKind KIND = new CampaignKind("Campaign", "billing.campaign", "billing.batch");
    static final int DEFAULT_TOLERANCE_SECONDS = 1;
    static final int DEFAULT_WINDOW_SECONDS = 30;
    /** Largest window and tolerance accepted, seconds: an hour would pair unrelated calls. */
    static final int MAX_SECONDS = 600;

    /** A new campaign as asked for; a null tolerance or window takes the default. */
    public record NewCampaign(String operatorId, LocalDate periodStart, LocalDate periodEnd,
            Integer durationToleranceSeconds, Integer matchWindowSeconds) {
    }

    /** A campaign's reconciliation: the outcome over the candidates and the counts over every record. */
    private record Reconciled(long totalCalls, Reconciliation.Outcome outcome, ReconciliationCounts counts,
            Set<String> candidateIds) {
    }

    /** Discrepancies frozen per page of this many at close. */
    private static final int FREEZE_PAGE = 10_000;

    private final CampaignRepository campaigns;
    private final ReconciliationRepository reconciliation;
    private final FrozenDiscrepancies frozen;
    private final ChargingPartitions partitions;
    private final BillingRules rules;

    public BillingCampaignService(CampaignRepository campaigns, ReconciliationRepository reconciliation,
            FrozenDiscrepancies frozen, ChargingPartitions partitions, BillingRules rules, CampaignContext context) {
        super(KIND, campaigns, context);
        this.campaigns = campaigns;
        this.reconciliation = reconciliation;
        this.frozen = frozen;
        this.partitions = partitions;
        this.rules = rules;
    }

    /**
     * Closes the campaign as every family does (its results frozen), and freezes its discrepancy list in the same
     * transaction: a closed campaign answers both as they were at close, whatever the retention removes later.
     */
    @Override
    @Transactional
    public Campaign close(UUID id, Caller caller) {
        Campaign campaign = super.close(id, caller);
        freezeDiscrepancies(campaign);
        return campaign;
    }

    /**
     * Freezes the list of a campaign closed before lists were frozen, from its rows (unchanged since it was closed:
     * a closed campaign takes no upload); nothing when it is open or already frozen. The retention purge calls it
     * before it removes any row of a closed campaign.
     */
    @Transactional
    public void freezeClosed(UUID id) {
        Campaign campaign = campaigns.findForUpdate(id).orElse(null);
        if (campaign != null && campaign.isClosed() && frozen.page(id, PageRequest.of(0, 1)).isEmpty()) {
            freezeDiscrepancies(campaign);
        }
    }

    /** The campaigns closed before their lists were frozen. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> closedUnfrozen() {
        return frozen.closedUnfrozen();
    }

    private void freezeDiscrepancies(Campaign campaign) {
        Reconciled reconciled = reconcile(campaign);
        try (FrozenDiscrepancies.Freezer freezer = frozen.freeze(campaign.getId())) {
            long total = total(reconciled);
            for (long offset = 0; offset < total; offset += FREEZE_PAGE) {
                freezer.append(page(campaign.getId(), reconciled, offset, FREEZE_PAGE));
            }
        }
    }

    @Transactional
    public Campaign create(NewCampaign request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        checkSeconds("durationToleranceSeconds", request.durationToleranceSeconds(), errors);
        checkSeconds("matchWindowSeconds", request.matchWindowSeconds(), errors);
        return create(caller, request.operatorId(), request.periodStart(), request.periodEnd(), errors, header -> {
            partitions.ensurePeriod(request.periodStart(), request.periodEnd());
            return new Campaign(header,
                    request.durationToleranceSeconds() == null ? DEFAULT_TOLERANCE_SECONDS
                            : request.durationToleranceSeconds(),
                    request.matchWindowSeconds() == null ? DEFAULT_WINDOW_SECONDS : request.matchWindowSeconds());
        });
    }

    private static void checkSeconds(String field, Integer seconds, List<FieldError> errors) {
        if (seconds != null && (seconds < 0 || seconds > MAX_SECONDS)) {
            errors.add(FieldError.of(field, "must be between 0 and " + MAX_SECONDS));
        }
    }

    /**
     * Stores a batch of test calls; all or nothing, in the ingestion's own transaction (COPY). Test calls are the
     * measurements: in a campaign the regulator created, the regulator's only.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt uploadCalls(UUID id, Caller caller, BatchUpload upload) {
        return ingest(id, caller, upload,
                campaign -> new BatchKind<>(new TestCallSchema(rules), BillingTables.TEST_CALLS));
    }

    /**
     * Stores a batch of charging records; all or nothing, in the ingestion's own transaction (COPY). They are the
     * operator's own records: it adds them to the regulator's campaigns too.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt uploadRecords(UUID id, Caller caller, BatchUpload upload) {
        return ingest(id, caller, upload,
                campaign -> BatchKind.operatorRecords(new CampaignRecordSchema(),
                        BillingTables.chargingRecords(new RecordBatchWatch())));
    }

    /**
     * [billing.wrong-calls, billing.wrong-time] from the campaign's reconciliation, gathered again whole after each
     * batch of calls or records (as part of the upload).
     */
    @Override
    protected CampaignStatistics<Campaign, ReconciliationStatistics> statistics() {
        return new CampaignStatistics<>() {
            @Override
            public Class<ReconciliationStatistics> type() {
                return ReconciliationStatistics.class;
            }

            @Override
            public ReconciliationStatistics gather(Campaign campaign) {
                Reconciled reconciled = reconcile(campaign);
                return new ReconciliationStatistics(reconciled.totalCalls(), reconciled.counts());
            }

            @Override
            public List<KpiResult> evaluate(Campaign campaign, ReconciliationStatistics gathered, OffsetDateTime now) {
                Subject subject = campaign.subject();
                return List.of(
                        WrongCallsKpi.compute(subject, gathered.totalCalls(), gathered.counts(), rules, now),
                        WrongTimeKpi.compute(subject, gathered.totalCalls(), gathered.counts(), rules, now));
            }
        };
    }

    /**
     * The discrepancies, one page: those of the valid calls (by call start, then call id), then the phantom records
     * near a test call, then the other phantom records (each by start, then record id).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Discrepancy> discrepancies(UUID id, PageRequest page, Caller caller) {
        Campaign campaign = get(id, caller);
        if (campaign.isClosed()) {
            // as frozen at close (a campaign closed before lists were frozen: from its rows, until the purge freezes it)
            var closed = frozen.page(id, page);
            if (closed.isPresent()) {
                return closed.get();
            }
        }
        Reconciled reconciled = reconcile(campaign);
        return new Page<>(page(id, reconciled, page.offset(), page.size()), total(reconciled));
    }

    private static long total(Reconciled reconciled) {
        return reconciled.outcome().callDiscrepancies().size() + reconciled.counts().phantoms();
    }

    private List<Discrepancy> page(UUID id, Reconciled reconciled, long offset, int size) {
        List<Discrepancy> near = new ArrayList<>(reconciled.outcome().callDiscrepancies());
        near.addAll(reconciled.outcome().candidatePhantoms());
        long total = total(reconciled);
        List<Discrepancy> items = new ArrayList<>();
        if (offset < near.size()) {
            items.addAll(near.subList((int) offset, (int) Math.min(near.size(), offset + size)));
        }
        int missing = size - items.size();
        if (missing > 0 && total > near.size()) {
            long otherOffset = Math.max(0, offset - near.size());
            items.addAll(reconciliation.otherPhantoms(id, reconciled.candidateIds(), otherOffset, missing));
        }
        return items;
    }

    private Reconciled reconcile(Campaign campaign) {
        List<TestCall> calls = reconciliation.calls(campaign.getId());
        List<ChargingRecord> candidates = reconciliation.candidates(campaign.getId(), campaign.getMatchWindowSeconds());
        Reconciliation.Outcome outcome = Reconciliation.reconcile(calls, candidates, campaign.getMatchWindowSeconds(),
                campaign.getDurationToleranceSeconds());
        ReconciliationRepository.RecordTotals totals = reconciliation.totals(campaign.getId());
        Set<String> candidateIds = new HashSet<>();
        candidates.forEach(record -> candidateIds.add(record.recordId()));
        return new Reconciled(calls.size(), outcome, outcome.counts(totals.records(), totals.recordedMillis()),
                candidateIds);
    }
}

package org.qos.billing.service;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.qos.billing.domain.BillingKpi;
import org.qos.billing.domain.BillingRules;
import org.qos.billing.domain.Campaign;
import org.qos.billing.domain.ChargingRecord;
import org.qos.billing.domain.Discrepancy;
import org.qos.billing.domain.Reconciliation;
import org.qos.billing.domain.ReconciliationCounts;
import org.qos.billing.domain.TestCall;
import org.qos.billing.repository.CampaignRepository;
import org.qos.billing.repository.ChargingPartitions;
import org.qos.billing.repository.ChargingRecordTable;
import org.qos.billing.repository.ReconciliationRepository;
import org.qos.billing.repository.TestCallTable;
import org.qos.billing.rest.CampaignRequest;
import org.qos.billing.rest.CampaignView;
import org.qos.campaigns.batch.BatchIngestion;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchRecord;
import org.qos.campaigns.batch.BatchRequest;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;

/** Test-call campaigns (clause 3.6): creation, uploads, reconciliation, results and discrepancies, with tenancy. */
@ApplicationScoped
public class BillingCampaignService {

    static final String CAMPAIGN_TABLE = "billing.campaign";
    static final String BATCH_TABLE = "billing.batch";
    static final int DEFAULT_TOLERANCE_SECONDS = 1;
    static final int DEFAULT_WINDOW_SECONDS = 30;
    /** Largest window and tolerance accepted, seconds: an hour would pair unrelated calls. */
    static final int MAX_SECONDS = 600;

    /** A campaign's reconciliation: the outcome over the candidates and the counts over every record. */
    private record Reconciled(long totalCalls, Reconciliation.Outcome outcome, ReconciliationCounts counts,
            Set<String> candidateIds) {
    }

    private final CampaignRepository campaigns;
    private final ReconciliationRepository reconciliation;
    private final ChargingPartitions partitions;
    private final BatchIngestion ingestion;
    private final BillingRules rules;
    private final ZoneOffset zone;
    private final Clock clock;
    private final ObjectMapper json;

    public BillingCampaignService(CampaignRepository campaigns, ReconciliationRepository reconciliation,
            ChargingPartitions partitions, BatchIngestion ingestion, BillingRules rules, QualityProfile profile,
            Clock clock, ObjectMapper json) {
        this.campaigns = campaigns;
        this.reconciliation = reconciliation;
        this.partitions = partitions;
        this.ingestion = ingestion;
        this.rules = rules;
        this.zone = profile.zone();
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    public CampaignView create(CampaignRequest request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        Periods.check(request.operatorId(), request.periodStart(), request.periodEnd(), errors);
        if (request.durationToleranceSeconds() != null
                && (request.durationToleranceSeconds() < 0 || request.durationToleranceSeconds() > MAX_SECONDS)) {
            errors.add(FieldError.of("durationToleranceSeconds", "must be between 0 and " + MAX_SECONDS));
        }
        if (request.matchWindowSeconds() != null
                && (request.matchWindowSeconds() < 0 || request.matchWindowSeconds() > MAX_SECONDS)) {
            errors.add(FieldError.of("matchWindowSeconds", "must be between 0 and " + MAX_SECONDS));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        caller.checkAccess(request.operatorId());
        partitions.ensure(Periods.firstMonth(request.periodStart()), Periods.lastMonth(request.periodEnd()));
        Campaign campaign = new Campaign(UUID.randomUUID(), request.operatorId(), request.periodStart(),
                request.periodEnd(),
                request.durationToleranceSeconds() == null ? DEFAULT_TOLERANCE_SECONDS : request.durationToleranceSeconds(),
                request.matchWindowSeconds() == null ? DEFAULT_WINDOW_SECONDS : request.matchWindowSeconds(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), caller.name());
        campaigns.persist(campaign);
        return CampaignView.of(campaign, zone);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignView get(UUID id, Caller caller) {
        return CampaignView.of(accessible(id, caller), zone);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CampaignView> list(String operatorId, LocalDate from, LocalDate to, PageRequest page, Caller caller) {
        Page<Campaign> found = campaigns.page(caller.listScope(operatorId), from, to, page);
        return new Page<>(found.items().stream().map(c -> CampaignView.of(c, zone)).toList(), found.total());
    }

    /** Stores a batch of test calls; all or nothing, in the ingestion's own transaction (COPY). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt uploadCalls(UUID id, Caller caller, BodyFormat format, InputStream body, boolean dryRun,
            String idempotencyKey) {
        accessible(id, caller);
        return ingestion.ingest(new BatchRequest(id, CAMPAIGN_TABLE, BATCH_TABLE, caller, format, body, dryRun,
                idempotencyKey), new TestCallTable(new TestCallSchema(rules)));
    }

    /** Stores a batch of charging records; all or nothing, in the ingestion's own transaction (COPY). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt uploadRecords(UUID id, Caller caller, BodyFormat format, InputStream body, boolean dryRun,
            String idempotencyKey) {
        accessible(id, caller);
        return ingestion.ingest(new BatchRequest(id, CAMPAIGN_TABLE, BATCH_TABLE, caller, format, body, dryRun,
                idempotencyKey), new ChargingRecordTable(new CampaignRecordSchema()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BatchRecord> batches(UUID id, PageRequest page, Caller caller) {
        accessible(id, caller);
        return ingestion.listBatches(BATCH_TABLE, id, page);
    }

    /** Freezes a campaign: its results are computed now and kept; later uploads are 409. */
    @Transactional
    public CampaignView close(UUID id, Caller caller) {
        Campaign campaign = campaigns.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Campaign " + id));
        caller.checkAccess(campaign.getOperatorId());
        if (campaign.isClosed()) {
            throw new ProblemException(ProblemType.CAMPAIGN_CLOSED, "Campaign " + id + " is already closed");
        }
        List<KpiResult> results = compute(campaign);
        try {
            campaign.close(clock.instant().truncatedTo(ChronoUnit.MICROS), caller.name(),
                    json.writeValueAsString(results));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return CampaignView.of(campaign, zone);
    }

    /** [billing.wrong-calls, billing.wrong-time]: computed now, or as frozen when the campaign was closed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JsonNode> result(UUID id, Caller caller) {
        return result(accessible(id, caller));
    }

    /**
     * The discrepancies, one page: those of the valid calls (by call start, then call id), then the phantom records
     * near a test call, then the other phantom records (each by start, then record id).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Discrepancy> discrepancies(UUID id, PageRequest page, Caller caller) {
        Campaign campaign = accessible(id, caller);
        Reconciled reconciled = reconcile(campaign);
        List<Discrepancy> near = new ArrayList<>(reconciled.outcome().callDiscrepancies());
        near.addAll(reconciled.outcome().candidatePhantoms());
        long total = reconciled.outcome().callDiscrepancies().size() + reconciled.counts().phantoms();
        List<Discrepancy> items = new ArrayList<>();
        long offset = page.offset();
        if (offset < near.size()) {
            items.addAll(near.subList((int) offset, (int) Math.min(near.size(), offset + page.size())));
        }
        int missing = page.size() - items.size();
        if (missing > 0 && total > near.size()) {
            long otherOffset = Math.max(0, offset - near.size());
            items.addAll(reconciliation.otherPhantoms(id, reconciled.candidateIds(), otherOffset, missing));
        }
        return new Page<>(items, total);
    }

    /** The results of every campaign whose period lies inside [from, to]. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JsonNode> compliance(String operatorId, LocalDate from, LocalDate to) {
        List<JsonNode> results = new ArrayList<>();
        for (Campaign campaign : campaigns.inPeriod(operatorId, from, to)) {
            results.addAll(result(campaign));
        }
        return results;
    }

    private List<JsonNode> result(Campaign campaign) {
        try {
            if (campaign.isClosed()) {
                List<JsonNode> frozen = new ArrayList<>();
                json.readTree(campaign.getClosedResult()).forEach(frozen::add);
                return frozen;
            }
            return compute(campaign).stream().map(r -> (JsonNode) json.valueToTree(r)).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<KpiResult> compute(Campaign campaign) {
        Reconciled reconciled = reconcile(campaign);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(zone).truncatedTo(ChronoUnit.SECONDS);
        return BillingKpi.campaign(campaign.subject(), reconciled.totalCalls(), reconciled.counts(), rules, now);
    }

    private Reconciled reconcile(Campaign campaign) {
        List<TestCall> calls = reconciliation.calls(campaign.getId());
        List<ChargingRecord> candidates = reconciliation.candidates(campaign.getId(), campaign.getMatchWindowSeconds());
        Reconciliation.Outcome outcome = Reconciliation.reconcile(calls, candidates, campaign.getMatchWindowSeconds(),
                campaign.getDurationToleranceSeconds());
        ReconciliationRepository.RecordTotals totals = reconciliation.totals(campaign.getId());
        Set<String> candidateIds = new HashSet<>();
        candidates.forEach(record -> candidateIds.add(record.recordId()));
        return new Reconciled(calls.size(), outcome, outcome.counts(totals.records(), totals.recordedSeconds()),
                candidateIds);
    }

    private Campaign accessible(UUID id, Caller caller) {
        Campaign campaign = campaigns.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Campaign " + id));
        caller.checkAccess(campaign.getOperatorId());
        return campaign;
    }
}

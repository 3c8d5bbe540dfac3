package org.qos.coverage.service;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.qos.campaigns.batch.BatchIngestion;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchRecord;
import org.qos.campaigns.batch.BatchRequest;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.security.OperatorIds;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;
import org.qos.coverage.domain.Bin;
import org.qos.coverage.domain.Campaign;
import org.qos.coverage.domain.CoverageKpi;
import org.qos.coverage.domain.CoverageRules;
import org.qos.coverage.domain.Street;
import org.qos.coverage.repository.CampaignRepository;
import org.qos.coverage.repository.CoverageStatisticsRepository;
import org.qos.coverage.repository.SampleTable;
import org.qos.coverage.rest.BinMap;
import org.qos.coverage.rest.CampaignRequest;
import org.qos.coverage.rest.CampaignView;

/** Drive-test campaigns: creation, uploads, results, maps and compliance listings, with tenancy enforced. */
@ApplicationScoped
public class CoverageCampaignService {

    static final String CAMPAIGN_TABLE = "coverage.campaign";
    static final String BATCH_TABLE = "coverage.batch";
    static final Pattern AREA_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final BigDecimal MIN_DBM = new BigDecimal("-150");
    private static final BigDecimal MAX_DBM = BigDecimal.ZERO;
    /** Largest bin accepted, metres: a bin as large as a city would make the KPI meaningless. */
    private static final int MAX_BIN_METERS = 100_000;

    private final CampaignRepository campaigns;
    private final CoverageStatisticsRepository statistics;
    private final BatchIngestion ingestion;
    private final CoverageRules rules;
    private final ZoneOffset zone;
    private final Clock clock;
    private final ObjectMapper json;

    public CoverageCampaignService(CampaignRepository campaigns, CoverageStatisticsRepository statistics,
            BatchIngestion ingestion, CoverageRules rules, QualityProfile profile, Clock clock, ObjectMapper json) {
        this.campaigns = campaigns;
        this.statistics = statistics;
        this.ingestion = ingestion;
        this.rules = rules;
        this.zone = profile.zone();
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    public CampaignView create(CampaignRequest request, Caller caller) {
        BigDecimal threshold = validate(request);
        caller.checkAccess(request.operatorId());
        int binMeters = request.binMeters() == null ? rules.defaultBinMeters() : request.binMeters();
        Campaign campaign = new Campaign(UUID.randomUUID(), request.operatorId(), request.areaCode(),
                request.periodStart(), request.periodEnd(), threshold, binMeters,
                clock.instant().truncatedTo(ChronoUnit.MICROS), caller.name());
        campaigns.persist(campaign);
        return CampaignView.of(campaign, zone);
    }

    /** Checks a request; gives the campaign's threshold (stated, or the profile's). */
    private BigDecimal validate(CampaignRequest request) {
        List<FieldError> errors = new ArrayList<>();
        OperatorIds.check("operatorId", request.operatorId(), errors);
        if (request.areaCode() == null) {
            errors.add(FieldError.of("areaCode", "is required"));
        } else if (!AREA_CODE.matcher(request.areaCode()).matches()) {
            errors.add(FieldError.of("areaCode", "must be 1 to 32 letters, digits, '-' or '_'"));
        }
        if (request.periodStart() == null) {
            errors.add(FieldError.of("periodStart", "is required"));
        }
        if (request.periodEnd() == null) {
            errors.add(FieldError.of("periodEnd", "is required"));
        }
        if (request.periodStart() != null && request.periodEnd() != null
                && request.periodEnd().isBefore(request.periodStart())) {
            errors.add(FieldError.of("periodEnd", "must not be before periodStart"));
        }
        Optional<BigDecimal> threshold = rules.thresholdFor(request.thresholdDbm());
        if (threshold.isEmpty()) {
            errors.add(FieldError.of("thresholdDbm", "is required: the quality profile (" + rules.standard()
                    + ") sets no received-level threshold for coverage, so the campaign must state it (dBm)"));
        } else if (threshold.get().compareTo(MIN_DBM) < 0 || threshold.get().compareTo(MAX_DBM) > 0) {
            errors.add(FieldError.of("thresholdDbm", "must be between -150 and 0 dBm"));
        }
        if (request.binMeters() != null && (request.binMeters() < 1 || request.binMeters() > MAX_BIN_METERS)) {
            errors.add(FieldError.of("binMeters", "must be between 1 and " + MAX_BIN_METERS + " metres"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return threshold.get();
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

    /**
     * Stores a batch of drive-test samples. Nothing is stored unless every row is valid; the transaction is the
     * ingestion's own (COPY over one JDBC connection).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt upload(UUID id, Caller caller, BodyFormat format, InputStream body, boolean dryRun,
            String idempotencyKey) {
        Campaign campaign = accessible(id, caller);
        BatchRequest request = new BatchRequest(id, CAMPAIGN_TABLE, BATCH_TABLE, caller, format, body, dryRun,
                idempotencyKey);
        return ingestion.ingest(request, new SampleTable(
                new SampleSchema(rules, campaign.getPeriodStart(), campaign.getPeriodEnd(), zone)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BatchRecord> batches(UUID id, PageRequest page, Caller caller) {
        accessible(id, caller);
        return ingestion.listBatches(BATCH_TABLE, id, page);
    }

    /** Freezes a campaign: its result is computed now and kept; later uploads are 409. */
    @Transactional
    public CampaignView close(UUID id, Caller caller) {
        Campaign campaign = campaigns.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Campaign " + id));
        caller.checkAccess(campaign.getOperatorId());
        if (campaign.isClosed()) {
            throw new ProblemException(ProblemType.CAMPAIGN_CLOSED, "Campaign " + id + " is already closed");
        }
        KpiResult result = compute(campaign);
        try {
            campaign.close(clock.instant().truncatedTo(ChronoUnit.MICROS), caller.name(), json.writeValueAsString(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return CampaignView.of(campaign, zone);
    }

    /** The KPI result of a campaign: computed now from its rows, or as frozen when it was closed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JsonNode result(UUID id, Caller caller) {
        return result(accessible(id, caller));
    }

    /** The measured bins of a campaign as GeoJSON polygons with their median level, sample count and verdict. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BinMap map(UUID id, Caller caller) {
        Campaign campaign = accessible(id, caller);
        int binMeters = campaign.getBinMeters();
        BigDecimal threshold = campaign.getThresholdDbm();
        return BinMap.of(statistics.binLevels(id, binMeters).stream().map(level -> {
            Bin bin = new Bin(level.x(), level.y());
            return new BinMap.Feature("Feature", level.x() + ":" + level.y(), BinMap.Polygon.of(bin.ring(binMeters)),
                    new BinMap.Properties(level.medianDbm(), level.samples(),
                            level.medianDbm().compareTo(threshold) >= 0, level.x(), level.y()));
        }).toList());
    }

    /** The streets of the campaign's area without a valid sample: where to drive next. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Street> unmeasuredStreets(UUID id, PageRequest page, Caller caller) {
        Campaign campaign = accessible(id, caller);
        return statistics.unmeasuredStreets(id, campaign.getAreaCode(), page);
    }

    /** The results of every campaign whose period lies inside [from, to]. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JsonNode> compliance(String operatorId, LocalDate from, LocalDate to, Caller caller) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        return campaigns.inPeriod(caller.listScope(operatorId), from, to).stream().map(this::result).toList();
    }

    private JsonNode result(Campaign campaign) {
        try {
            if (campaign.isClosed()) {
                return json.readTree(campaign.getClosedResult());
            }
            return json.valueToTree(compute(campaign));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private KpiResult compute(Campaign campaign) {
        UUID id = campaign.getId();
        var samples = statistics.counts(id);
        var bins = statistics.bins(id, campaign.getBinMeters(), campaign.getThresholdDbm());
        var streets = statistics.streets(id, campaign.getAreaCode());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(zone).truncatedTo(ChronoUnit.SECONDS);
        return CoverageKpi.compute(campaign.facts(), samples, bins, streets, rules, now);
    }

    private Campaign accessible(UUID id, Caller caller) {
        Campaign campaign = campaigns.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Campaign " + id));
        caller.checkAccess(campaign.getOperatorId());
        return campaign;
    }
}

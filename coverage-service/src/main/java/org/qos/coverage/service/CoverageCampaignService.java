package org.qos.coverage.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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
import org.qos.coverage.domain.BoundingBox;
import org.qos.coverage.domain.Campaign;
import org.qos.coverage.domain.CoverageKpi;
import org.qos.coverage.domain.CoverageRules;
import org.qos.coverage.domain.CoverageStatistics;
import org.qos.coverage.domain.SampleTally;
import org.qos.coverage.domain.MeasuredBin;
import org.qos.coverage.domain.Street;
import org.qos.coverage.repository.CampaignRepository;
import org.qos.coverage.repository.CoverageStatisticsRepository;
import org.qos.coverage.repository.SampleTables;

/**
 * Drive-test campaigns (clause 3.5) on the shared lifecycle: what a campaign states, its samples, its result, and
 * what only coverage has: the map of its bins and the streets still to drive.
 */
@ApplicationScoped
public class CoverageCampaignService extends CampaignLifecycle<Campaign> {

    static final CampaignKind KIND = new CampaignKind("Campaign", "coverage.campaign", "coverage.batch");
    static final Pattern AREA_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final BigDecimal MIN_DBM = new BigDecimal("-150");
    private static final BigDecimal MAX_DBM = BigDecimal.ZERO;
    /** Largest bin accepted, metres: a bin as large as a city would make the KPI meaningless. */
    private static final int MAX_BIN_METERS = 100_000;

    /** A new campaign as asked for; a null threshold or bin size takes the profile's. */
    public record NewCampaign(String operatorId, String areaCode, LocalDate periodStart, LocalDate periodEnd,
            BigDecimal thresholdDbm, Integer binMeters) {
    }

    private final CoverageStatisticsRepository statistics;
    private final CoverageRules rules;

    public CoverageCampaignService(CampaignRepository campaigns, CoverageStatisticsRepository statistics,
            CoverageRules rules, CampaignContext context) {
        super(KIND, campaigns, context);
        this.statistics = statistics;
        this.rules = rules;
    }

    @Transactional
    public Campaign create(NewCampaign request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        Optional<BigDecimal> threshold = check(request, errors);
        int binMeters = request.binMeters() == null ? rules.defaultBinMeters() : request.binMeters();
        return create(caller, request.operatorId(), request.periodStart(), request.periodEnd(), errors,
                header -> new Campaign(header, request.areaCode(), threshold.orElseThrow(), binMeters));
    }

    /** Adds the errors of coverage's own fields; gives the campaign's threshold (stated, or the profile's). */
    private Optional<BigDecimal> check(NewCampaign request, List<FieldError> errors) {
        checkArea(request.areaCode(), errors);
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
        return threshold;
    }

    /** Adds an error unless {@code areaCode} is given and well-formed. */
    static void checkArea(String areaCode, List<FieldError> errors) {
        if (areaCode == null) {
            errors.add(FieldError.of("areaCode", "is required"));
        } else if (!AREA_CODE.matcher(areaCode).matches()) {
            errors.add(FieldError.of("areaCode", "must be 1 to 32 letters, digits, '-' or '_'"));
        }
    }

    /**
     * Stores a batch of drive-test samples, checked against the campaign's period. All or nothing. Samples are
     * measurements: in a campaign the regulator created, the regulator's only.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt upload(UUID id, Caller caller, BatchUpload upload) {
        return ingest(id, caller, upload, campaign -> new BatchKind<>(new SampleSchema(rules), SampleTables.SAMPLES)
                .countedBy(() -> new SampleTally(campaign.getBinMeters(), campaign.getThresholdDbm(),
                        statistics.inventory(campaign.getAreaCode()))));
    }

    /** The measured bins of a campaign with their median level, sample count and verdict. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MeasuredBin> map(UUID id, BoundingBox box, PageRequest page, Caller caller) {
        Campaign campaign = get(id, caller);
        return statistics.measuredBins(id, campaign.getBinMeters(), campaign.getThresholdDbm(), box, page);
    }

    /** The streets of the campaign's area without a valid sample: where to drive next. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Street> unmeasuredStreets(UUID id, PageRequest page, Caller caller) {
        Campaign campaign = get(id, caller);
        return statistics.unmeasuredStreets(id, campaign.getAreaCode(), page);
    }

    /**
     * Medians per bin do not add up over batches: a campaign's first batch is counted as it streams ({@link SampleTally})
     * and its statistics kept in its own transaction; after any later batch they are gathered whole, as part of the
     * upload. The streets are part of them; replacing an area's inventory drops the statistics of its open campaigns,
     * gathered again when next read.
     */
    @Override
    protected CampaignStatistics<Campaign, CoverageStatistics> statistics() {
        return new CampaignStatistics<>() {
            @Override
            public Class<CoverageStatistics> type() {
                return CoverageStatistics.class;
            }

            @Override
            public CoverageStatistics gather(Campaign campaign) {
                UUID id = campaign.getId();
                var counted = statistics.samplesAndStreets(id, campaign.getAreaCode());
                return new CoverageStatistics(counted.samples(),
                        statistics.bins(id, campaign.getBinMeters(), campaign.getThresholdDbm()), counted.streets());
            }

            /** Counted as batches stream, but added only to the statistics of no rows: a first batch's are the campaign's. */
            @Override
            public boolean decomposable() {
                return true;
            }

            /** The batch's statistics when the kept ones are of no rows; null (gather them whole) otherwise. */
            @Override
            public CoverageStatistics add(CoverageStatistics kept, CoverageStatistics batch) {
                return kept.samples().total() == 0 ? batch : null;
            }

            @Override
            public List<KpiResult> evaluate(Campaign campaign, CoverageStatistics gathered, OffsetDateTime now) {
                return List.of(CoverageKpi.compute(campaign.facts(), gathered.samples(), gathered.bins(),
                        gathered.streets(), rules, now));
            }
        };
    }
}

package org.qos.voice.service;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.qos.common.batch.BatchIngestion;
import org.qos.common.batch.BatchReceipt;
import org.qos.common.batch.BatchRecord;
import org.qos.common.batch.BatchRequest;
import org.qos.common.batch.BodyFormat;
import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.security.OperatorIds;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;
import org.qos.voice.domain.Campaign;
import org.qos.voice.domain.Method;
import org.qos.voice.domain.VoiceQualityKpi;
import org.qos.voice.domain.VoiceRules;
import org.qos.voice.repository.CampaignRepository;
import org.qos.voice.repository.SampleStatisticsRepository;
import org.qos.voice.repository.SampleTables;
import org.qos.voice.rest.CampaignRequest;
import org.qos.voice.rest.CampaignView;

/** Voice-quality campaigns: creation, uploads, results and compliance listings, with tenancy enforced. */
@ApplicationScoped
public class VoiceCampaignService {

    static final String CAMPAIGN_TABLE = "voice.campaign";
    static final String BATCH_TABLE = "voice.batch";
    private static final Pattern AREA_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final String DEFAULT_INSTRUMENT = "P.862.1";

    private final CampaignRepository campaigns;
    private final SampleStatisticsRepository statistics;
    private final BatchIngestion ingestion;
    private final VoiceRules rules;
    private final ZoneOffset zone;
    private final Clock clock;
    private final ObjectMapper json;

    public VoiceCampaignService(CampaignRepository campaigns, SampleStatisticsRepository statistics,
            BatchIngestion ingestion, VoiceRules rules, QualityProfile profile, Clock clock, ObjectMapper json) {
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
        validate(request);
        caller.checkAccess(request.operatorId());
        String instrument = request.method() == Method.OBJECTIVE
                ? (request.instrument() == null ? DEFAULT_INSTRUMENT : request.instrument()) : null;
        Campaign campaign = new Campaign(UUID.randomUUID(), request.operatorId(), request.areaCode(), request.method(),
                request.periodStart(), request.periodEnd(), request.subscriberCount(), instrument,
                clock.instant().truncatedTo(ChronoUnit.MICROS), caller.name());
        campaigns.persist(campaign);
        return CampaignView.of(campaign, zone);
    }

    private void validate(CampaignRequest request) {
        List<FieldError> errors = new ArrayList<>();
        OperatorIds.check("operatorId", request.operatorId(), errors);
        if (request.areaCode() == null) {
            errors.add(FieldError.of("areaCode", "is required"));
        } else if (!AREA_CODE.matcher(request.areaCode()).matches()) {
            errors.add(FieldError.of("areaCode", "must be 1 to 32 letters, digits, '-' or '_'"));
        }
        if (request.method() == null) {
            errors.add(FieldError.of("method", "is required: OBJECTIVE, CUSTOMER_SURVEY or EXPERT_PANEL"));
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
        if (request.method() == Method.CUSTOMER_SURVEY) {
            if (request.subscriberCount() == null) {
                errors.add(FieldError.of("subscriberCount", "is required for a CUSTOMER_SURVEY campaign: the operator's"
                        + " customers, from which the minimum sample is taken"));
            } else if (request.subscriberCount() <= 0) {
                errors.add(FieldError.of("subscriberCount", "must be positive"));
            }
        } else if (request.subscriberCount() != null) {
            errors.add(FieldError.of("subscriberCount", "is given only for a CUSTOMER_SURVEY campaign"));
        }
        if (request.instrument() != null) {
            if (request.method() != Method.OBJECTIVE) {
                errors.add(FieldError.of("instrument", "is given only for an OBJECTIVE campaign"));
            } else if (!rules.objectiveInstruments().contains(request.instrument())) {
                errors.add(FieldError.of("instrument", "must be one of " + rules.objectiveInstruments()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
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
     * Stores a batch of samples: the campaign's method decides the row shape. Nothing is stored unless every row
     * is valid; the transaction is the ingestion's own (COPY over one JDBC connection).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt upload(UUID id, Caller caller, BodyFormat format, InputStream body, boolean dryRun,
            String idempotencyKey) {
        Campaign campaign = accessible(id, caller);
        BatchRequest request = new BatchRequest(id, CAMPAIGN_TABLE, BATCH_TABLE, caller, format, body, dryRun,
                idempotencyKey);
        return switch (campaign.getMethod()) {
            case OBJECTIVE -> ingestion.ingest(request, SampleTables.objectiveCalls(
                    new ObjectiveCallSchema(rules, campaign.getPeriodStart(), campaign.getPeriodEnd(), zone)));
            case CUSTOMER_SURVEY -> ingestion.ingest(request, SampleTables.surveyResponses(new SurveyResponseSchema(rules)));
            case EXPERT_PANEL -> ingestion.ingest(request, SampleTables.expertOpinions(new ExpertOpinionSchema(rules)));
        };
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
        var counts = statistics.counts(campaign.getId(), campaign.getMethod(), rules.goodScoreMin());
        Map<String, Long> reasons = campaign.getMethod() == Method.CUSTOMER_SURVEY
                ? statistics.reasonHistogram(campaign.getId(), rules.surveyReasons()) : Map.of();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(zone).truncatedTo(ChronoUnit.SECONDS);
        return VoiceQualityKpi.compute(campaign.facts(), counts, reasons, rules, now);
    }

    private Campaign accessible(UUID id, Caller caller) {
        Campaign campaign = campaigns.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Campaign " + id));
        caller.checkAccess(campaign.getOperatorId());
        return campaign;
    }
}

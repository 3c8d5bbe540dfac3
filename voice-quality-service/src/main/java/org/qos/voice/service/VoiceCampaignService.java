package org.qos.voice.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.qos.campaigns.batch.BatchKind;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchTally;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.domain.CampaignKind;
import org.qos.campaigns.service.CampaignContext;
import org.qos.campaigns.service.CampaignLifecycle;
import org.qos.campaigns.service.CampaignStatistics;
import org.qos.common.kpi.KpiResult;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.security.Caller;
import org.qos.voice.domain.Campaign;
import org.qos.voice.domain.ExpertOpinion;
import org.qos.voice.domain.GoodScore;
import org.qos.voice.domain.Method;
import org.qos.voice.domain.ObjectiveCall;
import org.qos.voice.domain.SampleTally;
import org.qos.voice.domain.ScoreInstrument;
import org.qos.voice.domain.SurveyResponse;
import org.qos.voice.domain.VoiceQualityKpi;
import org.qos.voice.domain.VoiceRules;
import org.qos.voice.domain.VoiceStatistics;
import org.qos.voice.repository.CampaignRepository;
import org.qos.voice.repository.SampleStatisticsRepository;
import org.qos.voice.repository.SampleTables;

/** Voice-quality campaigns (clause 3.4) on the shared lifecycle: what a campaign states, its rows, its result. */
@ApplicationScoped
public class VoiceCampaignService extends CampaignLifecycle<Campaign> {

    static final CampaignKind KIND = new CampaignKind("Campaign", "voice.campaign", "voice.batch");
    private static final Pattern AREA_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    /** A new campaign as asked for. */
    public record NewCampaign(String operatorId, String areaCode, Method method, LocalDate periodStart,
            LocalDate periodEnd, Long subscriberCount, String instrument) {
    }

    private final SampleStatisticsRepository statistics;
    private final VoiceRules rules;

    public VoiceCampaignService(CampaignRepository campaigns, SampleStatisticsRepository statistics, VoiceRules rules,
            CampaignContext context) {
        super(KIND, campaigns, context);
        this.statistics = statistics;
        this.rules = rules;
    }

    @Transactional
    public Campaign create(NewCampaign request, Caller caller) {
        String instrument = request.method() == Method.OBJECTIVE
                ? (request.instrument() == null ? VoiceRules.DEFAULT_INSTRUMENT : request.instrument()) : null;
        return create(caller, request.operatorId(), request.periodStart(), request.periodEnd(), check(request),
                header -> new Campaign(header, request.areaCode(), request.method(), request.subscriberCount(),
                        instrument));
    }

    private List<FieldError> check(NewCampaign request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.areaCode() == null) {
            errors.add(FieldError.of("areaCode", "is required"));
        } else if (!AREA_CODE.matcher(request.areaCode()).matches()) {
            errors.add(FieldError.of("areaCode", "must be 1 to 32 letters, digits, '-' or '_'"));
        }
        if (request.method() == null) {
            errors.add(FieldError.of("method", "is required: OBJECTIVE, CUSTOMER_SURVEY or EXPERT_PANEL"));
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
            } else {
                ScoreInstrument instrument = rules.instrument(request.instrument());
                if (instrument == null) {
                    errors.add(FieldError.of("instrument", "must be one of " + rules.acceptedInstruments()));
                } else if (!instrument.mapped()) {
                    errors.add(FieldError.of("instrument", request.instrument() + " (" + instrument.scale()
                            + ") has no mapping onto MOS, so its scores cannot be judged: use one of "
                            + rules.acceptedInstruments()));
                }
            }
        }
        return errors;
    }

    /**
     * Stores a batch of samples: the campaign's method decides the row shape. All or nothing. Samples are
     * measurements: in a campaign the regulator created, the regulator's only.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt upload(UUID id, Caller caller, BatchUpload upload) {
        return ingest(id, caller, upload, campaign -> switch (campaign.getMethod()) {
            case OBJECTIVE -> new BatchKind<>(new ObjectiveCallSchema(objectiveInstrument(campaign), rules),
                    SampleTables.OBJECTIVE_CALLS).countedBy(() -> new CountedRows<ObjectiveCall>(tally(campaign),
                            (counts, call) -> counts.count(call.exclusion(), call.score())));
            case CUSTOMER_SURVEY -> new BatchKind<>(new SurveyResponseSchema(rules), SampleTables.SURVEY_RESPONSES)
                    .countedBy(() -> new CountedRows<SurveyResponse>(tally(campaign), (counts, response) -> {
                        counts.count(null, response.score());
                        counts.tick(response.reasons());
                    }));
            case EXPERT_PANEL -> new BatchKind<>(new ExpertOpinionSchema(rules), SampleTables.EXPERT_OPINIONS)
                    .countedBy(() -> new CountedRows<ExpertOpinion>(tally(campaign),
                            (counts, opinion) -> counts.count(opinion.exclusion(), opinion.score())));
        });
    }

    /** A batch's statistics, counted under the rules its campaign's statistics are gathered under ({@link #gatherRows}). */
    private SampleTally tally(Campaign campaign) {
        return new SampleTally(rules.goodScore(campaign.getMethod(), campaign.getInstrument()),
                campaign.getMethod() == Method.CUSTOMER_SURVEY ? rules.surveyReasons() : Set.of());
    }

    /** The rows of one kind counted into a {@link SampleTally} as they are copied. */
    private record CountedRows<T>(SampleTally counts, BiConsumer<SampleTally, T> row)
            implements BatchTally<T, VoiceStatistics> {

        @Override
        public void count(T value) {
            row.accept(counts, value);
        }

        @Override
        public VoiceStatistics counted() {
            return counts.counted();
        }
    }

    /**
     * The instrument whose native range an objective campaign's scores are read in. A campaign of an instrument
     * without a mapping (P.861, created before such campaigns were refused) takes no more scores: 409.
     */
    private ScoreInstrument objectiveInstrument(Campaign campaign) {
        ScoreInstrument instrument = rules.instrument(campaign.getInstrument());
        if (instrument == null || !instrument.mapped()) {
            throw new ProblemException(ProblemType.CONFLICT, "Campaign " + campaign.getId() + " is of instrument "
                    + campaign.getInstrument() + ", which has no mapping onto MOS: its scores cannot be judged, so"
                    + " it takes no more; create a campaign of one of " + rules.acceptedInstruments());
        }
        return instrument;
    }

    /**
     * Counts and reasons add up over batches: each batch is counted as it is copied (by the rules of the statistics
     * query, {@link SampleTally}) and added in its transaction. They are gathered under the profile's good score of the
     * campaign's method and instrument, and its reason codes: a profile that changes them has them gathered again.
     */
    @Override
    protected CampaignStatistics<Campaign, VoiceStatistics> statistics() {
        return new CampaignStatistics<>() {
            @Override
            public Class<VoiceStatistics> type() {
                return VoiceStatistics.class;
            }

            @Override
            public String basis(Campaign campaign) {
                GoodScore good = rules.goodScore(campaign.getMethod(), campaign.getInstrument());
                return "good " + (good.bound() == null ? "none" : (good.inclusive() ? ">= " : "> ")
                        + good.bound().toPlainString())
                        + (campaign.getMethod() == Method.CUSTOMER_SURVEY ? "; reasons " + rules.surveyReasons() : "");
            }

            @Override
            public VoiceStatistics gather(Campaign campaign) {
                return gatherRows(campaign);
            }

            @Override
            public boolean decomposable() {
                return true;
            }

            @Override
            public VoiceStatistics add(VoiceStatistics kept, VoiceStatistics batch) {
                return kept.plus(batch);
            }

            @Override
            public List<KpiResult> evaluate(Campaign campaign, VoiceStatistics gathered, OffsetDateTime now) {
                return List.of(VoiceQualityKpi.compute(campaign.facts(), gathered.counts(),
                        gathered.reasonsIn(rules.surveyReasons()), rules,
                        now));
            }
        };
    }

    /** The statistics of a campaign's rows, by the statistics query: the reference the batches' tallies add up to. */
    VoiceStatistics gatherRows(Campaign campaign) {
        var counts = statistics.counts(campaign.getId(), campaign.getMethod(),
                rules.goodScore(campaign.getMethod(), campaign.getInstrument()));
        Map<String, Long> reasons = campaign.getMethod() == Method.CUSTOMER_SURVEY
                ? statistics.reasonHistogram(campaign.getId(), rules.surveyReasons()) : Map.of();
        return new VoiceStatistics(counts, reasons);
    }
}

package org.qos.voice.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qos.common.kpi.KpiUnit;
import org.qos.common.kpi.Target;
import org.qos.common.profile.InstrumentDefinition;
import org.qos.common.profile.KpiDefinition;
import org.qos.common.profile.QualityProfile;

/**
 * The sample rules of clause 3.4 as the quality profile states them. Plain values: no CDI, no database.
 * {@code scoreMin}, {@code scoreMax} are the opinion scale of surveys and expert panels; objective scores are on
 * their instrument's native scale ({@code instruments}).
 */
public record VoiceRules(
        String standard, String profileVersion, String clause, KpiUnit unit, Target target, double confidenceLevel,
        BigDecimal goodScoreMin, BigDecimal scoreMin, BigDecimal scoreMax,
        long objectiveMinCalls, BigDecimal objectiveMaxSpeedKmh,
        BigDecimal surveyMinShareOfSubscribers,
        long expertMinExperts, long expertMinSuccessfulCalls,
        Map<String, ScoreInstrument> instruments, Set<String> surveyReasons) {

    public static final String KPI_ID = "voice.quality";
    /** The instrument of an objective campaign that names none (and of campaigns stored before instruments). */
    public static final String DEFAULT_INSTRUMENT = "P.862.1";

    public VoiceRules {
        instruments = Collections.unmodifiableMap(new LinkedHashMap<>(instruments));
        ScoreInstrument fallback = instruments.get(DEFAULT_INSTRUMENT);
        if (fallback == null || !fallback.mapped()) {
            throw new IllegalStateException("The quality profile must map the default instrument " + DEFAULT_INSTRUMENT);
        }
    }

    public static VoiceRules from(QualityProfile profile) {
        KpiDefinition kpi = profile.kpi(KPI_ID);
        return new VoiceRules(profile.standard(), profile.version(), kpi.clause(), kpi.unit(), kpi.target(),
                profile.level(),
                kpi.rule("goodScoreMin"), kpi.rule("scoreMin"), kpi.rule("scoreMax"),
                kpi.rule("objectiveMinCalls").longValueExact(), kpi.rule("objectiveMaxSpeedKmh"),
                kpi.rule("surveyMinShareOfSubscribers"),
                kpi.rule("expertMinExperts").longValueExact(), kpi.rule("expertMinSuccessfulCalls").longValueExact(),
                instruments(kpi.instruments()), ordered(kpi.list("surveyReasons")));
    }

    private static Map<String, ScoreInstrument> instruments(Map<String, InstrumentDefinition> definitions) {
        Map<String, ScoreInstrument> instruments = new LinkedHashMap<>();
        definitions.forEach((name, d) -> instruments.put(name, new ScoreInstrument(name, d.scale(), d.scoreMin(),
                d.scoreMax(), d.mapping() == null ? null : ScoreMapping.from(d.mapping()), d.note())));
        return instruments;
    }

    /** The instruments a new objective campaign may name: those with a mapping onto MOS, in the profile's order. */
    public List<String> acceptedInstruments() {
        return instruments.values().stream().filter(ScoreInstrument::mapped).map(ScoreInstrument::name).toList();
    }

    /** An instrument the profile names (with or without a mapping); null for an unknown one. */
    public ScoreInstrument instrument(String name) {
        return instruments.get(name == null ? DEFAULT_INSTRUMENT : name);
    }

    /**
     * The good-score test of a campaign's scores on their native scale: the profile's good score on the opinion
     * scale (surveys, expert panels), or mapped from the objective instrument's scale ({@link GoodScore}); NONE
     * for an instrument without a mapping, or one the profile no longer names.
     */
    public GoodScore goodScore(Method method, String instrumentName) {
        if (method != Method.OBJECTIVE) {
            return GoodScore.atLeast(goodScoreMin);
        }
        ScoreInstrument instrument = instrument(instrumentName);
        return instrument == null || !instrument.mapped() ? GoodScore.NONE : GoodScore.of(instrument, goodScoreMin);
    }

    private static Set<String> ordered(List<String> values) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /** The minimum number of valid samples of a campaign of this method. */
    public long requiredSample(Method method, Long subscriberCount) {
        return switch (method) {
            case OBJECTIVE -> objectiveMinCalls;
            case CUSTOMER_SURVEY -> surveyMinShareOfSubscribers.multiply(BigDecimal.valueOf(subscriberCount))
                    .setScale(0, RoundingMode.CEILING).longValueExact();
            case EXPERT_PANEL -> expertMinExperts;
        };
    }

    /** Why an objective call is not counted, or null: off-net first, then over the speed limit (exactly the limit counts). */
    public Exclusion objectiveExclusion(boolean onNet, BigDecimal speedKmh) {
        if (!onNet) {
            return Exclusion.OFF_NET;
        }
        return speedKmh.compareTo(objectiveMaxSpeedKmh) > 0 ? Exclusion.OVER_SPEED : null;
    }

    /** Why an expert's opinion is not counted, or null. */
    public Exclusion expertExclusion(long successfulCalls) {
        return successfulCalls < expertMinSuccessfulCalls ? Exclusion.TOO_FEW_CALLS : null;
    }

    /** Reasons may be given only with a score at or below this (the form asks for them when the answer is average or worse). */
    public boolean reasonsAllowed(long score) {
        return BigDecimal.valueOf(score).compareTo(goodScoreMin) <= 0;
    }
}

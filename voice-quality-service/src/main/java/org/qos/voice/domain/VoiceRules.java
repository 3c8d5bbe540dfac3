package org.qos.voice.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.qos.common.kpi.KpiUnit;
import org.qos.common.kpi.Target;
import org.qos.common.profile.KpiDefinition;
import org.qos.common.profile.QualityProfile;

/** The sample rules of clause 3.4 as the quality profile states them. Plain values: no CDI, no database. */
public record VoiceRules(
        String standard, String profileVersion, String clause, KpiUnit unit, Target target, double confidenceLevel,
        BigDecimal goodScoreMin, BigDecimal scoreMin, BigDecimal scoreMax,
        long objectiveMinCalls, BigDecimal objectiveMaxSpeedKmh,
        BigDecimal surveyMinShareOfSubscribers,
        long expertMinExperts, long expertMinSuccessfulCalls,
        Set<String> objectiveInstruments, Set<String> surveyReasons) {

    public static final String KPI_ID = "voice.quality";

    public static VoiceRules from(QualityProfile profile) {
        KpiDefinition kpi = profile.kpi(KPI_ID);
        return new VoiceRules(profile.standard(), profile.version(), kpi.clause(), kpi.unit(), kpi.target(),
                profile.level(),
                kpi.rule("goodScoreMin"), kpi.rule("scoreMin"), kpi.rule("scoreMax"),
                kpi.rule("objectiveMinCalls").longValueExact(), kpi.rule("objectiveMaxSpeedKmh"),
                kpi.rule("surveyMinShareOfSubscribers"),
                kpi.rule("expertMinExperts").longValueExact(), kpi.rule("expertMinSuccessfulCalls").longValueExact(),
                ordered(kpi.list("objectiveInstruments")), ordered(kpi.list("surveyReasons")));
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

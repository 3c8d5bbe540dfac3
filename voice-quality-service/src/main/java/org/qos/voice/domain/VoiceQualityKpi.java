package org.qos.voice.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.SampleSummary;
import org.qos.common.kpi.ShareEvaluation;
import org.qos.common.kpi.Verdict;

/**
 * Clause 3.4: the share of valid calls (opinions) scoring at least the profile's good score, against the
 * profile's target, with the method's minimum sample. Plain arithmetic over counts the database aggregated; an
 * objective score is good when its instrument's mapping onto MOS reaches the good score ({@link GoodScore}, the
 * test the counts were taken with). The result names the instrument and its mapping.
 */
public final class VoiceQualityKpi {

    private VoiceQualityKpi() {
    }

    /**
     * The instrument and its mapping, and what the good score means on its native scale. An instrument without a
     * mapping (P.861, of campaigns created before such instruments were refused) is named, its result has no value.
     */
    private static void objective(CampaignFacts campaign, SampleCounts counts, VoiceRules rules,
            ScoreInstrument instrument, Map<String, Object> extensions, List<String> notes) {
        String name = campaign.instrument() == null ? VoiceRules.DEFAULT_INSTRUMENT : campaign.instrument();
        extensions.put("instrument", name);
        if (instrument == null || !instrument.mapped()) {
            extensions.put("scoreMapping", "none: no mapping onto MOS");
            notes.add("Instrument " + name + (instrument == null ? " is not in the quality profile" : " ("
                    + instrument.scale() + ") has no mapping onto MOS") + ": its scores cannot be judged against the"
                    + " good score " + rules.goodScoreMin().toPlainString() + ", so the result is INSUFFICIENT_DATA."
                    + " New campaigns of it are refused; its " + counts.total() + " stored scores are kept."
                    + (instrument != null && instrument.note() != null ? " " + instrument.note() : ""));
            return;
        }
        ScoreMapping mapping = instrument.mapping();
        GoodScore good = GoodScore.of(instrument, rules.goodScoreMin());
        extensions.put("scoreScale", instrument.scale());
        extensions.put("scoreMapping", mapping.label());
        extensions.put("goodScoreNativeMin", good.nativeMin());
        String scale = instrument.scale() + ", " + instrument.scoreMin().toPlainString() + " to "
                + instrument.scoreMax().toPlainString();
        String judged = mapping instanceof ScoreMapping.Identity
                ? " score " + rules.goodScoreMin().toPlainString() + " or more."
                : " score " + rules.goodScoreMin().toPlainString() + " or more " + mapping.scale() + " by "
                        + mapping.label() + " (a native score of " + (good.nativeMin() == null ? "none"
                                : good.nativeMin().toPlainString()) + " or more).";
        notes.add("Objective scores (" + name + ": " + scale + ") of calls inside the operator's network at no more"
                + " than " + rules.objectiveMaxSpeedKmh().toPlainString() + " km/h; " + counts.good() + " of "
                + counts.valid() + " valid calls" + judged);
        if (mapping.estimate()) {
            notes.add("Estimate: " + mapping.scale() + " from " + mapping.label() + ". "
                    + (instrument.note() != null ? instrument.note() : "The mapping is a planning model, not one of"
                            + " the standard's methods of measurement.") + " The verdict is an estimate.");
        }
    }

    /**
     * @param reasons survey only: how often each reason code was ticked (every code of the profile, zeros included)
     */
    public static KpiResult compute(CampaignFacts campaign, SampleCounts counts, Map<String, Long> reasons,
            VoiceRules rules, OffsetDateTime computedAt) {
        long required = rules.requiredSample(campaign.method(), campaign.subscriberCount());
        boolean sufficient = counts.valid() >= required;
        ScoreInstrument instrument = campaign.method() == Method.OBJECTIVE ? rules.instrument(campaign.instrument())
                : null;
        boolean unjudged = campaign.method() == Method.OBJECTIVE && (instrument == null || !instrument.mapped());
        // scores of an instrument without a mapping onto MOS cannot be judged: no value, whatever the sample
        ShareEvaluation evaluation = unjudged ? new ShareEvaluation(null, null, Verdict.INSUFFICIENT_DATA, false, null)
                : ShareEvaluation.of(counts.good(), counts.valid(), rules.target(), required, sufficient,
                        rules.confidenceLevel());

        Map<String, Long> exclusions = new LinkedHashMap<>();
        counts.exclusions().forEach((reason, n) -> {
            if (n > 0) {
                exclusions.put(reason.name(), n);
            }
        });
        SampleSummary sample = new SampleSummary(counts.total(), counts.valid(), counts.excluded(), required,
                sufficient, exclusions);

        List<String> notes = new ArrayList<>();
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("goodScoreMin", rules.goodScoreMin());
        evaluation.addConclusiveSampleTo(extensions);
        switch (campaign.method()) {
            case OBJECTIVE -> objective(campaign, counts, rules, instrument, extensions, notes);
            case CUSTOMER_SURVEY -> {
                extensions.put("subscriberCount", campaign.subscriberCount());
                extensions.put("reasons", reasons);
                notes.add("Survey frame: " + campaign.subscriberCount() + " subscribers; the minimum sample is "
                        + rules.surveyMinShareOfSubscribers().movePointRight(2).stripTrailingZeros().toPlainString()
                        + " % of them, rounded up: " + required + ".");
            }
            case EXPERT_PANEL -> notes.add("Expert panel: an opinion counts only after "
                    + rules.expertMinSuccessfulCalls() + " successful calls; " + required + " experts are required.");
        }
        if (counts.excluded() > 0) {
            notes.add(counts.excluded() + " stored samples are excluded from the KPI: " + exclusions + ".");
        }
        if (!sufficient) {
            notes.add("The sample misses the method's minimum: " + counts.valid() + " valid of " + required
                    + " required.");
        }
        if (evaluation.verdict() != Verdict.INSUFFICIENT_DATA && !evaluation.conclusive()) {
            notes.add("Not conclusive: the " + Math.round(rules.confidenceLevel() * 100)
                    + " % confidence interval contains values on both sides of the target.");
        }

        return new KpiResult(VoiceRules.KPI_ID, rules.clause(), rules.standard(), rules.profileVersion(),
                campaign.operatorId(), campaign.areaCode(), campaign.id(), campaign.method().name(),
                campaign.periodStart(), campaign.periodEnd(), computedAt, evaluation.value(), rules.unit(),
                rules.target(), sample, evaluation.confidence(), evaluation.verdict(), evaluation.conclusive(), notes,
                extensions);
    }
}

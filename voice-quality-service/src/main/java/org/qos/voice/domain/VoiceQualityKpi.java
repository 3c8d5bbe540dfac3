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
 * profile's target, with the method's minimum sample. Plain arithmetic over counts the database aggregated.
 */
public final class VoiceQualityKpi {

    private VoiceQualityKpi() {
    }

    /**
     * @param reasons survey only: how often each reason code was ticked (every code of the profile, zeros included)
     */
    public static KpiResult compute(CampaignFacts campaign, SampleCounts counts, Map<String, Long> reasons,
            VoiceRules rules, OffsetDateTime computedAt) {
        long required = rules.requiredSample(campaign.method(), campaign.subscriberCount());
        boolean sufficient = counts.valid() >= required;
        ShareEvaluation evaluation = ShareEvaluation.of(counts.good(), counts.valid(), rules.target(), required, sufficient,
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
            case OBJECTIVE -> {
                extensions.put("instrument", campaign.instrument());
                notes.add("Objective scores (" + campaign.instrument() + ", MOS-LQO) of calls inside the operator's"
                        + " network at no more than " + rules.objectiveMaxSpeedKmh().toPlainString() + " km/h; "
                        + counts.good() + " of " + counts.valid() + " valid calls score "
                        + rules.goodScoreMin().toPlainString() + " or more.");
            }
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

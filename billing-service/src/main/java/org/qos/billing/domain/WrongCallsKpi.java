package org.qos.billing.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.ShareEvaluation;
import org.qos.common.kpi.Verdict;

/**
 * billing.wrong-calls (clause 3.6) = discrepancies / (valid calls + phantom records), a share of trials with its
 * Clopper–Pearson interval. Verdicts compare exact fractions of integers, never rounded values. Without a valid
 * test call there is no valid sample: value null, INSUFFICIENT_DATA, whatever the phantom records.
 */
public final class WrongCallsKpi {

    private WrongCallsKpi() {
    }

    public static KpiResult compute(Subject campaign, long totalCalls, ReconciliationCounts counts,
            BillingRules rules, OffsetDateTime computedAt) {
        TestCallSample sample = TestCallSample.of(totalCalls, counts, rules);
        // No valid call, no valid sample: value null and INSUFFICIENT_DATA (api.md), even when phantom records would
        // make a share of 1.0 (phantoms / phantoms); the counts stay in the notes and the extensions.
        // The minimum counts valid calls; the trials are valid calls and phantom records: at least the valid calls
        // still missing must be added to the trials.
        long minimumTrials = counts.phantoms() + Math.max(counts.validCalls(), rules.minValidCalls());
        ShareEvaluation calls = ShareEvaluation.of(counts.discrepancies(),
                counts.validCalls() == 0 ? 0 : counts.trials(), rules.wrongCallsTarget(), minimumTrials,
                sample.sufficient(), rules.confidenceLevel());
        List<String> notes = new ArrayList<>(sample.notes());
        if (counts.validCalls() == 0) {
            notes.add("No valid test call: no valid sample, so no value (phantom records alone are not a sample).");
        }
        notes.add(counts.discrepancies() + " discrepancies among " + counts.validCalls() + " valid test calls and "
                + counts.phantoms() + " phantom records.");
        if (calls.verdict() != Verdict.INSUFFICIENT_DATA && !calls.conclusive()) {
            notes.add("Not conclusive: the " + Math.round(rules.confidenceLevel() * 100)
                    + " % confidence interval contains values on both sides of the target.");
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("discrepancies", sample.discrepancies());
        extensions.put("trials", counts.trials());
        calls.addConclusiveSampleTo(extensions);
        return new KpiResult(BillingRules.WRONG_CALLS, rules.wrongCallsClause(), rules.standard(),
                rules.profileVersion(), campaign.operatorId(), null, campaign.id(), BillingRules.TEST_CALLS,
                campaign.periodStart(), campaign.periodEnd(), computedAt, calls.value(), rules.wrongCallsUnit(),
                rules.wrongCallsTarget(), sample.summary(), calls.confidence(), calls.verdict(), calls.conclusive(),
                notes, extensions);
    }
}

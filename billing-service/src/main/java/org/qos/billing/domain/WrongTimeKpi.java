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
 * billing.wrong-time (clause 3.6) = sum of errors / sum of real durations of the valid calls; not a share of
 * trials, so its confidence is null. Durations are exact milliseconds; the verdict compares the exact fraction of
 * milliseconds, never a rounded value.
 */
public final class WrongTimeKpi {

    private WrongTimeKpi() {
    }

    public static KpiResult compute(Subject campaign, long totalCalls, ReconciliationCounts counts,
            BillingRules rules, OffsetDateTime computedAt) {
        TestCallSample sample = TestCallSample.of(totalCalls, counts, rules);
        Double value;
        Verdict verdict;
        if (counts.validCalls() == 0 || counts.realMillis() == 0) {
            value = null;
            verdict = Verdict.INSUFFICIENT_DATA;
        } else {
            value = (double) counts.errorMillis() / counts.realMillis();
            verdict = !sample.sufficient() ? Verdict.INSUFFICIENT_DATA
                    : rules.wrongTimeTarget().isMetBy(counts.errorMillis(), counts.realMillis()) ? Verdict.PASS
                    : Verdict.FAIL;
        }
        List<String> notes = new ArrayList<>(sample.notes());
        notes.add(Durations.seconds(counts.errorMillis()).toPlainString() + " s wrongly charged against "
                + Durations.seconds(counts.realMillis()).toPlainString()
                + " s really called; not a share of trials, so no confidence interval.");
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("errorSeconds", Durations.seconds(counts.errorMillis()));
        extensions.put("realSeconds", Durations.seconds(counts.realMillis()));
        extensions.put("discrepancies", sample.discrepancies());
        return new KpiResult(BillingRules.WRONG_TIME, rules.wrongTimeClause(), rules.standard(),
                rules.profileVersion(), campaign.operatorId(), null, campaign.id(), BillingRules.TEST_CALLS,
                campaign.periodStart(), campaign.periodEnd(), computedAt, value, rules.wrongTimeUnit(),
                rules.wrongTimeTarget(), sample.summary(), null, verdict,
                ShareEvaluation.isConclusive(verdict, null, rules.wrongTimeTarget()), notes, extensions);
    }
}

package org.qos.billing.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.SampleSummary;
import org.qos.common.kpi.ShareEvaluation;
import org.qos.common.kpi.Verdict;

/**
 * Clause 3.6's two KPIs from the reconciliation's counts, and clause 3.7's from an audit's. Verdicts compare exact
 * fractions of integers, never rounded values.
 * <ul>
 * <li>billing.wrong-calls = discrepancies / (valid calls + phantom records), a share of trials with its
 * Clopper–Pearson interval;</li>
 * <li>billing.wrong-time = sum of errors / sum of real durations of the valid calls, not a share of trials:
 * confidence null;</li>
 * <li>billing.invoice-errors = wrong calls / record ids of records and lines, with its interval.</li>
 * </ul>
 * A campaign is sufficient with at least the profile's valid calls and every direction among them.
 */
public final class BillingKpi {

    private BillingKpi() {
    }

    /** [billing.wrong-calls, billing.wrong-time]. */
    public static List<KpiResult> campaign(Subject campaign, long totalCalls, ReconciliationCounts counts,
            BillingRules rules, OffsetDateTime computedAt) {
        Set<Direction> missing = EnumSet.allOf(Direction.class);
        missing.removeAll(counts.directions());
        boolean enoughCalls = counts.validCalls() >= rules.minValidCalls();
        boolean sufficient = enoughCalls && missing.isEmpty();
        long excluded = totalCalls - counts.validCalls();
        Map<String, Long> exclusions = excluded > 0 ? Map.of("OUT_OF_RANGE_DURATION", excluded) : Map.of();
        SampleSummary sample = new SampleSummary(totalCalls, counts.validCalls(), excluded, rules.minValidCalls(),
                sufficient, exclusions);

        List<String> notes = new ArrayList<>();
        if (!enoughCalls) {
            notes.add("Too few valid test calls: " + counts.validCalls() + ", at least " + rules.minValidCalls()
                    + " required.");
        }
        if (!missing.isEmpty()) {
            notes.add("Directions without a valid test call: " + missing + "; every direction (ON_NET, OTHER_PHS,"
                    + " PSTN, MOBILE) must be present.");
        }
        if (excluded > 0) {
            notes.add(excluded + " test calls lasted less than " + rules.minDurationSeconds() + " s or more than "
                    + rules.maxDurationSeconds() + " s (OUT_OF_RANGE_DURATION): they take part in matching, but"
                    + " neither they nor the records matched to them count.");
        }
        Map<String, Object> discrepancies = new LinkedHashMap<>();
        for (DiscrepancyKind kind : DiscrepancyKind.values()) {
            discrepancies.put(kind.name(), counts.byKind().getOrDefault(kind, 0L));
        }

        ShareEvaluation calls = ShareEvaluation.of(counts.discrepancies(), counts.trials(), rules.wrongCallsTarget(),
                sufficient, rules.confidenceLevel());
        List<String> callNotes = new ArrayList<>(notes);
        callNotes.add(counts.discrepancies() + " discrepancies among " + counts.validCalls() + " valid test calls and "
                + counts.phantoms() + " phantom records.");
        if (calls.verdict() != Verdict.INSUFFICIENT_DATA && !calls.conclusive()) {
            callNotes.add("Not conclusive: the " + Math.round(rules.confidenceLevel() * 100)
                    + " % confidence interval contains values on both sides of the target.");
        }
        Map<String, Object> callExtensions = new LinkedHashMap<>();
        callExtensions.put("discrepancies", discrepancies);
        callExtensions.put("trials", counts.trials());
        calls.addConclusiveSampleTo(callExtensions);
        KpiResult wrongCalls = new KpiResult(BillingRules.WRONG_CALLS, rules.wrongCallsClause(), rules.standard(),
                rules.profileVersion(), campaign.operatorId(), null, campaign.id(), BillingRules.TEST_CALLS,
                campaign.periodStart(), campaign.periodEnd(), computedAt, calls.value(), rules.wrongCallsUnit(),
                rules.wrongCallsTarget(), sample, calls.confidence(), calls.verdict(), calls.conclusive(), callNotes,
                callExtensions);

        Double timeValue;
        Verdict timeVerdict;
        if (counts.validCalls() == 0 || counts.realSeconds() == 0) {
            timeValue = null;
            timeVerdict = Verdict.INSUFFICIENT_DATA;
        } else {
            timeValue = (double) counts.errorSeconds() / counts.realSeconds();
            timeVerdict = !sufficient ? Verdict.INSUFFICIENT_DATA
                    : rules.wrongTimeTarget().isMetBy(counts.errorSeconds(), counts.realSeconds()) ? Verdict.PASS
                    : Verdict.FAIL;
        }
        List<String> timeNotes = new ArrayList<>(notes);
        timeNotes.add(counts.errorSeconds() + " s wrongly charged against " + counts.realSeconds()
                + " s really called; not a share of trials, so no confidence interval.");
        Map<String, Object> timeExtensions = new LinkedHashMap<>();
        timeExtensions.put("errorSeconds", counts.errorSeconds());
        timeExtensions.put("realSeconds", counts.realSeconds());
        timeExtensions.put("discrepancies", discrepancies);
        KpiResult wrongTime = new KpiResult(BillingRules.WRONG_TIME, rules.wrongTimeClause(), rules.standard(),
                rules.profileVersion(), campaign.operatorId(), null, campaign.id(), BillingRules.TEST_CALLS,
                campaign.periodStart(), campaign.periodEnd(), computedAt, timeValue, rules.wrongTimeUnit(),
                rules.wrongTimeTarget(), sample, null, timeVerdict, ShareEvaluation.isConclusive(timeVerdict, null,
                        rules.wrongTimeTarget()), timeNotes, timeExtensions);
        return List.of(wrongCalls, wrongTime);
    }

    /** billing.invoice-errors of an audit. */
    public static KpiResult audit(Subject audit, String currency, InvoiceCounts counts, BillingRules rules,
            OffsetDateTime computedAt) {
        boolean sufficient = counts.calls() >= rules.minInvoiceCalls();
        ShareEvaluation evaluation = ShareEvaluation.of(counts.wrong(), counts.calls(), rules.invoiceTarget(),
                sufficient, rules.confidenceLevel());
        SampleSummary sample = new SampleSummary(counts.calls(), counts.calls(), 0, rules.minInvoiceCalls(),
                sufficient, Map.of());
        List<String> notes = new ArrayList<>();
        if (!sufficient) {
            notes.add("Too few calls: " + counts.calls() + ", at least " + rules.minInvoiceCalls() + " required.");
        }
        notes.add(counts.wrong() + " of " + counts.calls() + " calls are wrong: " + counts.missing()
                + " without an invoice line, " + counts.extra() + " invoice lines without a charging record, "
                + counts.different() + " differing in called number, start, end or charge (" + currency + ").");
        if (evaluation.verdict() != Verdict.INSUFFICIENT_DATA && !evaluation.conclusive()) {
            notes.add("Not conclusive: the " + Math.round(rules.confidenceLevel() * 100)
                    + " % confidence interval contains values on both sides of the target.");
        }
        Map<String, Object> calls = new LinkedHashMap<>();
        calls.put("total", counts.calls());
        calls.put("wrong", counts.wrong());
        calls.put("missingLine", counts.missing());
        calls.put("extraLine", counts.extra());
        calls.put("different", counts.different());
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("calls", calls);
        extensions.put("currency", currency);
        evaluation.addConclusiveSampleTo(extensions);
        return new KpiResult(BillingRules.INVOICE_ERRORS, rules.invoiceClause(), rules.standard(),
                rules.profileVersion(), audit.operatorId(), null, audit.id(), BillingRules.INVOICE_AUDIT,
                audit.periodStart(), audit.periodEnd(), computedAt, evaluation.value(), rules.invoiceUnit(),
                rules.invoiceTarget(), sample, evaluation.confidence(), evaluation.verdict(), evaluation.conclusive(),
                notes, extensions);
    }
}

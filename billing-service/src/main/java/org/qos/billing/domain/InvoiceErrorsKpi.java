package org.qos.billing.domain;

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
 * billing.invoice-errors (clause 3.7) of an audit = wrong calls / record ids of records and lines, with its
 * Clopper–Pearson interval; sufficient with at least the profile's calls.
 */
public final class InvoiceErrorsKpi {

    private InvoiceErrorsKpi() {
    }

    public static KpiResult compute(Subject audit, String currency, InvoiceCounts counts, BillingRules rules,
            OffsetDateTime computedAt) {
        boolean sufficient = counts.calls() >= rules.minInvoiceCalls();
        ShareEvaluation evaluation = ShareEvaluation.of(counts.wrong(), counts.calls(), rules.invoiceTarget(),
                rules.minInvoiceCalls(), sufficient, rules.confidenceLevel());
        SampleSummary sample = new SampleSummary(counts.calls(), counts.calls(), 0, rules.minInvoiceCalls(),
                sufficient, Map.of());
        List<String> notes = new ArrayList<>();
        if (!sufficient) {
            notes.add("Too few calls: " + counts.calls() + ", at least " + rules.minInvoiceCalls() + " required.");
        }
        notes.add(counts.wrong() + " of " + counts.calls() + " calls are wrong: " + counts.missing()
                + " without an invoice line, " + counts.extra() + " invoice lines without a charging record, "
                + counts.different() + " differing in subscriber, called number, start, end or charge (" + currency
                + "), of which " + counts.wrongSubscriber() + " billed to another subscriber.");
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
        calls.put("wrongSubscriber", counts.wrongSubscriber());
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

package org.qos.billing.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qos.common.kpi.SampleSummary;

/**
 * What clause 3.6's two KPIs share of a campaign's reconciliation: its sample (sufficient with at least the
 * profile's valid calls and every direction among them), the notes on it, and the discrepancies by kind.
 */
record TestCallSample(boolean sufficient, SampleSummary summary, List<String> notes,
        Map<String, Object> discrepancies) {

    static TestCallSample of(long totalCalls, ReconciliationCounts counts, BillingRules rules) {
        Set<Direction> missing = EnumSet.allOf(Direction.class);
        missing.removeAll(counts.directions());
        boolean enoughCalls = counts.validCalls() >= rules.minValidCalls();
        boolean sufficient = enoughCalls && missing.isEmpty();
        long excluded = totalCalls - counts.validCalls();
        Map<String, Long> exclusions = excluded > 0 ? Map.of("OUT_OF_RANGE_DURATION", excluded) : Map.of();
        SampleSummary summary = new SampleSummary(totalCalls, counts.validCalls(), excluded, rules.minValidCalls(),
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
        return new TestCallSample(sufficient, summary, notes, discrepancies);
    }
}

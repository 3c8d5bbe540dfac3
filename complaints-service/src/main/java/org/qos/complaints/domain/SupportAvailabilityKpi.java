package org.qos.complaints.domain;

import java.math.BigDecimal;
import java.math.MathContext;
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
 * Clause 3.9 ({@code support.availability}): {@code 1 − merged outage time within the period / period time}, from
 * the support line's outage log. Outages are clipped to the period and merged, so overlaps never count twice. The
 * verdict compares the exact fraction of microseconds up with the target (24/24 is {@code GE 1.0}). Without evidence
 * (no outage recorded and no support call, the regulator's probe calls or the operator's log, in the period) the
 * line is not shown to be available: value null, {@code INSUFFICIENT_DATA}.
 */
public final class SupportAvailabilityKpi {

    public static final String METHOD = "OUTAGE_LOG";
    private static final BigDecimal MICROS_PER_SECOND = BigDecimal.valueOf(1_000_000);

    private SupportAvailabilityKpi() {
    }

    /**
     * @param outages      the operator's outages that overlap the period, as sent
     * @param supportCalls the support calls logged in the period (the regulator's probes and the operator's log)
     */
    public static KpiResult compute(String operatorId, ReportingPeriod period, List<Outage> outages,
            long supportCalls, ComplaintRules rules, OffsetDateTime computedAt) {
        ComplaintRules.Kpi kpi = rules.availability();
        long periodMicros = period.micros();
        if (outages.isEmpty() && supportCalls == 0) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("downtimeSeconds", null);
            extensions.put("periodSeconds", seconds(periodMicros));
            extensions.put("supportCalls", 0L);
            return new KpiResult(kpi.id(), kpi.clause(), rules.standard(), rules.profileVersion(), operatorId, null,
                    null, METHOD, period.start(), period.end(), computedAt, null, kpi.unit(), kpi.target(),
                    new SampleSummary(0, 0, 0, 0, false, Map.of()), null, Verdict.INSUFFICIENT_DATA, false,
                    List.of("No evidence of the support line in the period: no outage is recorded and no support call"
                            + " (the regulator's probe calls or the operator's log) is logged: 24/24 availability is"
                            + " not shown."),
                    extensions);
        }
        long down = OutageTimeline.downMicros(outages, period.from(), period.until());
        long up = periodMicros - down;
        double value = BigDecimal.valueOf(up).divide(BigDecimal.valueOf(periodMicros), MathContext.DECIMAL64).doubleValue();
        Verdict verdict = kpi.target().isMetBy(up, periodMicros) ? Verdict.PASS : Verdict.FAIL;
        BigDecimal downSeconds = seconds(down);

        List<String> notes = new ArrayList<>();
        if (outages.isEmpty()) {
            notes.add("No support-line outage is recorded in the period; " + supportCalls
                    + " support calls logged in it show the line in service.");
        } else {
            notes.add(outages.size() + " recorded outages overlap the period; clipped to it and merged, the support"
                    + " line was down " + downSeconds.toPlainString() + " s of " + seconds(periodMicros).toPlainString()
                    + " s.");
        }
        notes.add("Every recorded outage is counted, nothing is sampled: no confidence interval.");
        SampleSummary sample = new SampleSummary(outages.size(), outages.size(), 0, 0, true, Map.of());

        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("downtimeSeconds", downSeconds);
        extensions.put("periodSeconds", seconds(periodMicros));
        extensions.put("supportCalls", supportCalls);

        return new KpiResult(kpi.id(), kpi.clause(), rules.standard(), rules.profileVersion(), operatorId, null, null,
                METHOD, period.start(), period.end(), computedAt, value, kpi.unit(), kpi.target(), sample, null,
                verdict, ShareEvaluation.isConclusive(verdict, null, kpi.target()), notes, extensions);
    }

    private static BigDecimal seconds(long micros) {
        BigDecimal seconds = BigDecimal.valueOf(micros).divide(MICROS_PER_SECOND).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds; // 10800, never 1.08E+4
    }
}

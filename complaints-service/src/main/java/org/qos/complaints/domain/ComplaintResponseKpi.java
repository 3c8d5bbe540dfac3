package org.qos.complaints.domain;

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
 * Clause 3.8.1 ({@code complaints.response-48h}): of the complaints of every category whose due time lies in the
 * period, the share answered in writing within the response time (exactly the due time is on time). Open and past
 * due at the time of the request counts as late; open and not yet due is pending: left out, and counted in the
 * notes. Every complaint counts, nothing is sampled: no confidence interval. {@code INSUFFICIENT_DATA} when the
 * period spans less than the profile's minimum months, or when no complaint is counted.
 */
public final class ComplaintResponseKpi {

    public static final String METHOD = "COMPLAINT_STATISTICS";
    static final String PENDING = "PENDING";

    private ComplaintResponseKpi() {
    }

    public static KpiResult compute(String operatorId, ReportingPeriod period, ResponseCounts counts,
            ComplaintRules rules, OffsetDateTime computedAt) {
        ComplaintRules.Kpi kpi = rules.response();
        long counted = counts.counted();
        boolean longEnough = period.spansAtLeastMonths(rules.minPeriodMonths());
        long required = 1;
        boolean sufficient = longEnough && counted >= required;
        Double value = counted == 0 ? null : (double) counts.onTime() / counted;
        Verdict verdict = !sufficient ? Verdict.INSUFFICIENT_DATA
                : kpi.target().isMetBy(counts.onTime(), counted) ? Verdict.PASS : Verdict.FAIL;
        boolean conclusive = ShareEvaluation.isConclusive(verdict, null, kpi.target());

        Map<String, Long> exclusions = new LinkedHashMap<>();
        if (counts.pending() > 0) {
            exclusions.put(PENDING, counts.pending());
        }
        SampleSummary sample = new SampleSummary(counts.total(), counted, counts.pending(), required, sufficient,
                exclusions);

        long hours = rules.responseTime().toHours();
        List<String> notes = new ArrayList<>();
        notes.add(counts.onTime() + " of " + counted + " complaints due in the period were answered in writing within "
                + hours + " h of receipt; " + counts.answeredLate() + " were answered late and " + counts.overdueOpen()
                + " are still open past their due time (late).");
        if (counts.pending() > 0) {
            notes.add(counts.pending() + " complaints due in the period are open and not yet due at " + computedAt
                    + ": pending, left out of the value.");
        }
        if (!longEnough) {
            notes.add("The period spans less than " + rules.minPeriodMonths() + " months (" + period.start() + " to "
                    + period.end() + "): the method needs statistics over at least " + rules.minPeriodMonths()
                    + " months.");
        }
        if (counted == 0) {
            notes.add("No complaint with a known outcome is due in the period.");
        }
        notes.add("Every complaint is counted, nothing is sampled: no confidence interval.");

        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("responseHours", hours);
        Map<String, Long> responses = new LinkedHashMap<>();
        responses.put("onTime", counts.onTime());
        responses.put("answeredLate", counts.answeredLate());
        responses.put("overdueOpen", counts.overdueOpen());
        responses.put("pending", counts.pending());
        extensions.put("responses", responses);

        return new KpiResult(kpi.id(), kpi.clause(), rules.standard(), rules.profileVersion(), operatorId, null, null,
                METHOD, period.start(), period.end(), computedAt, value, kpi.unit(), kpi.target(), sample, null,
                verdict, conclusive, notes, extensions);
    }
}

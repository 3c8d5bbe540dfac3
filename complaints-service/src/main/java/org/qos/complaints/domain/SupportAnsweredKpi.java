package org.qos.complaints.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.SampleSummary;

/**
 * {@code support.answered-60s}, informative (clause 3.9; the sibling standards publish it as a non-binding figure):
 * the share of the support calls of the period answered by an agent within the limit (exactly the limit counts);
 * abandoned calls count as not answered in time. The profile sets no target, so the result has no target and no
 * verdict ({@code null}), and is never conclusive. The operator's log lists every call: no confidence interval.
 */
public final class SupportAnsweredKpi {

    public static final String METHOD = "SUPPORT_CALL_LOG";

    private SupportAnsweredKpi() {
    }

    public static KpiResult compute(String operatorId, ReportingPeriod period, SupportCallCounts counts,
            ComplaintRules rules, OffsetDateTime computedAt) {
        ComplaintRules.Kpi kpi = rules.answered();
        long total = counts.total();
        Double value = total == 0 ? null : (double) counts.answeredInTime() / total;
        String limit = rules.answeredWithinSeconds().stripTrailingZeros().toPlainString();

        List<String> notes = new ArrayList<>();
        notes.add("Informative figure, not a requirement of the profile: no target and no verdict.");
        notes.add(counts.answeredInTime() + " of " + total + " support calls were answered within " + limit + " s; "
                + counts.answeredLate() + " were answered later and " + counts.abandoned() + " were abandoned.");
        SampleSummary sample = new SampleSummary(total, total, 0, 0, true, Map.of());

        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("informative", true);
        extensions.put("answeredWithinSeconds", rules.answeredWithinSeconds());
        Map<String, Long> calls = new LinkedHashMap<>();
        calls.put("answeredInTime", counts.answeredInTime());
        calls.put("answeredLate", counts.answeredLate());
        calls.put("abandoned", counts.abandoned());
        extensions.put("calls", calls);

        return new KpiResult(kpi.id(), kpi.clause(), rules.standard(), rules.profileVersion(), operatorId, null, null,
                METHOD, period.start(), period.end(), computedAt, value, kpi.unit(), null, sample, null, null, false,
                notes, extensions);
    }
}

package org.qos.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qos.common.kpi.Comparator;
import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.Verdict;

class ComplaintResponseKpiTest {

    private static KpiResult compute(ReportingPeriod period, ResponseCounts counts) {
        return ComplaintResponseKpi.compute("ALPHA", period, counts, KpiTestData.RULES, KpiTestData.NOW);
    }

    @Test
    void everyComplaintOnTimeOverThreeMonthsPassesConclusivelyWithoutInterval() {
        KpiResult result = compute(KpiTestData.Q3, new ResponseCounts(250, 0, 0, 0));
        assertEquals("complaints.response-48h", result.kpiId());
        assertEquals("3.8.1", result.clause());
        assertEquals(1.0, result.value());
        assertEquals(Comparator.GE, result.target().comparator());
        assertEquals(0, BigDecimal.ONE.compareTo(result.target().value()));
        assertEquals(Verdict.PASS, result.verdict());
        assertNull(result.confidence());
        assertTrue(result.conclusive());
        assertEquals(250, result.sample().valid());
        assertTrue(result.sample().sufficient());
    }

    @Test
    void oneLateAnswerAmongThousandsFails() {
        KpiResult result = compute(KpiTestData.Q3, new ResponseCounts(9999, 1, 0, 0));
        assertEquals(0.9999, result.value());
        assertEquals(Verdict.FAIL, result.verdict());
        assertTrue(result.conclusive());
    }

    @Test
    void openPastDueCountsAsLate() {
        KpiResult result = compute(KpiTestData.Q3, new ResponseCounts(9, 0, 1, 0));
        assertEquals(0.9, result.value());
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(10, result.sample().valid());
        assertEquals(Map.of("onTime", 9L, "answeredLate", 0L, "overdueOpen", 1L, "pending", 0L),
                result.extensions().get("responses"));
    }

    @Test
    void pendingComplaintsAreLeftOutAndCountedInTheNotes() {
        KpiResult result = compute(KpiTestData.Q3, new ResponseCounts(40, 0, 0, 7));
        assertEquals(1.0, result.value());
        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(47, result.sample().total());
        assertEquals(40, result.sample().valid());
        assertEquals(7, result.sample().excluded());
        assertEquals(Map.of("PENDING", 7L), result.sample().exclusions());
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("7 complaints due in the period are open and not yet due")),
                result.notes().toString());
    }

    @Test
    void lessThanThreeMonthsIsInsufficientDataWithTheValueStillReported() {
        KpiResult result = compute(KpiTestData.period("2026-07-01", "2026-09-29"), new ResponseCounts(10, 0, 0, 0));
        assertEquals(1.0, result.value());
        assertEquals(Verdict.INSUFFICIENT_DATA, result.verdict());
        assertFalse(result.conclusive());
        assertFalse(result.sample().sufficient());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("less than 3 months")));
    }

    @Test
    void noCountedComplaintHasNoValue() {
        KpiResult result = compute(KpiTestData.Q3, new ResponseCounts(0, 0, 0, 3));
        assertNull(result.value());
        assertEquals(Verdict.INSUFFICIENT_DATA, result.verdict());
        assertFalse(result.conclusive());
    }
}

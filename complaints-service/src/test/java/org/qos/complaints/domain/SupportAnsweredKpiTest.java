package org.qos.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qos.common.kpi.KpiResult;

class SupportAnsweredKpiTest {

    @Test
    void anInformativeShareWithoutTargetOrVerdict() {
        KpiResult result = SupportAnsweredKpi.compute("ALPHA", KpiTestData.Q3, new SupportCallCounts(3, 1, 1),
                KpiTestData.RULES, KpiTestData.NOW);
        assertEquals("support.answered-60s", result.kpiId());
        assertEquals(0.6, result.value());
        assertNull(result.target());
        assertNull(result.verdict());
        assertNull(result.confidence());
        assertFalse(result.conclusive());
        assertEquals(5, result.sample().total());
        assertEquals(Boolean.TRUE, result.extensions().get("informative"));
        assertTrue(result.notes().get(0).contains("no target and no verdict"));
    }

    @Test
    void noCallsHasNoValue() {
        assertNull(SupportAnsweredKpi.compute("ALPHA", KpiTestData.Q3, new SupportCallCounts(0, 0, 0),
                KpiTestData.RULES, KpiTestData.NOW).value());
    }
}

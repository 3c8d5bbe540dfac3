package org.qos.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.Verdict;

class SupportAvailabilityKpiTest {

    private static Outage outage(String start, String end) {
        return new Outage(at(start), at(end));
    }

    private static Instant at(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }

    private static final Instant FROM = at("2026-07-01T00:00:00+07:00");
    private static final Instant UNTIL = at("2026-07-02T00:00:00+07:00");

    @Test
    void overlappingOutagesCountOnce() {
        List<Outage> outages = List.of(
                outage("2026-07-01T02:00:00+07:00", "2026-07-01T03:00:00+07:00"),
                outage("2026-07-01T02:30:00+07:00", "2026-07-01T04:00:00+07:00"),
                outage("2026-07-01T02:45:00+07:00", "2026-07-01T02:50:00+07:00"));
        assertEquals(2L * 3600 * 1_000_000, OutageTimeline.downMicros(outages, FROM, UNTIL));
    }

    @Test
    void touchingOutagesJoinAndSeparateOnesAdd() {
        List<Outage> outages = List.of(
                outage("2026-07-01T10:00:00+07:00", "2026-07-01T10:10:00+07:00"),
                outage("2026-07-01T10:10:00+07:00", "2026-07-01T10:20:00+07:00"),
                outage("2026-07-01T12:00:00+07:00", "2026-07-01T12:00:01+07:00"));
        assertEquals((1200L + 1) * 1_000_000, OutageTimeline.downMicros(outages, FROM, UNTIL));
    }

    @Test
    void outagesAreClippedToTheWindow() {
        List<Outage> outages = List.of(
                outage("2026-06-30T23:00:00+07:00", "2026-07-01T01:00:00+07:00"),
                outage("2026-07-01T23:30:00+07:00", "2026-07-02T05:00:00+07:00"),
                outage("2026-06-29T00:00:00+07:00", "2026-06-29T05:00:00+07:00"));
        assertEquals(90L * 60 * 1_000_000, OutageTimeline.downMicros(outages, FROM, UNTIL));
    }

    @Test
    void anOutageCoveringTheWholePeriodLeavesNothingUp() {
        KpiResult result = SupportAvailabilityKpi.compute("ALPHA", KpiTestData.period("2026-07-01", "2026-07-01"),
                List.of(outage("2026-06-01T00:00:00+07:00", "2026-08-01T00:00:00+07:00")), 0, KpiTestData.RULES,
                KpiTestData.NOW);
        assertEquals(0.0, result.value());
        assertEquals(Verdict.FAIL, result.verdict());
    }

    @Test
    void noOutageWithSupportCallsIs24Of24AndOneSecondIsAFail() {
        KpiResult up = SupportAvailabilityKpi.compute("ALPHA", KpiTestData.Q3, List.of(), 1, KpiTestData.RULES,
                KpiTestData.NOW);
        assertEquals(1.0, up.value());
        assertEquals(Verdict.PASS, up.verdict());
        assertTrue(up.conclusive());
        assertNull(up.confidence());
        assertEquals("support.availability", up.kpiId());
        assertEquals("3.9", up.clause());

        KpiResult oneSecond = SupportAvailabilityKpi.compute("ALPHA", KpiTestData.Q3,
                List.of(outage("2026-08-01T10:00:00+07:00", "2026-08-01T10:00:01+07:00")), 0, KpiTestData.RULES,
                KpiTestData.NOW);
        assertEquals(Verdict.FAIL, oneSecond.verdict());
        assertEquals(1 - 1.0 / (92 * 86_400), oneSecond.value(), 1e-15);
        assertEquals(0, BigDecimal.ONE.compareTo((BigDecimal) oneSecond.extensions().get("downtimeSeconds")));
    }

    @Test
    void theApiExampleOfOverlapsOverAQuarter() {
        List<Outage> outages = List.of(
                outage("2026-06-30T23:00:00+07:00", "2026-07-01T01:00:00+07:00"),
                outage("2026-07-10T02:00:00+07:00", "2026-07-10T03:00:00+07:00"),
                outage("2026-07-10T02:30:00+07:00", "2026-07-10T04:00:00+07:00"));
        KpiResult result = SupportAvailabilityKpi.compute("ALPHA", KpiTestData.Q3, outages, 0, KpiTestData.RULES,
                KpiTestData.NOW);
        assertEquals(1 - 10_800.0 / 7_948_800, result.value(), 1e-15);
        assertEquals("10800", ((BigDecimal) result.extensions().get("downtimeSeconds")).toString());
        assertEquals(3, result.sample().total());
    }

    @Test
    void withNeitherAnOutageNorASupportCallThereIsNoEvidence() {
        KpiResult none = SupportAvailabilityKpi.compute("ALPHA", KpiTestData.Q3, List.of(), 0, KpiTestData.RULES,
                KpiTestData.NOW);
        assertNull(none.value());
        assertEquals(Verdict.INSUFFICIENT_DATA, none.verdict());
        assertFalse(none.conclusive());
        assertFalse(none.sample().sufficient());
        assertTrue(none.notes().get(0).contains("No evidence of the support line"), none.notes().toString());
        // an outage alone is evidence (the line's log), so is a support call alone
        assertEquals(Verdict.FAIL, SupportAvailabilityKpi.compute("ALPHA", KpiTestData.Q3,
                List.of(outage("2026-08-01T10:00:00+07:00", "2026-08-01T10:00:01+07:00")), 0, KpiTestData.RULES,
                KpiTestData.NOW).verdict());
        assertEquals(Verdict.PASS, SupportAvailabilityKpi.compute("ALPHA", KpiTestData.Q3, List.of(), 3,
                KpiTestData.RULES, KpiTestData.NOW).verdict());
    }
}

package org.qos.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.KpiUnit;
import org.qos.common.kpi.Verdict;

class ComplaintRateKpiTest {

    private static final SubscriberFigure THOUSAND = new SubscriberFigure(1000, LocalDate.parse("2026-09-30"));

    /** Complaints by letter, of each category. */
    private static KpiResult compute(ReportingPeriod period, Map<Category, Long> received, SubscriberFigure subscribers) {
        ReceivedComplaints letters = ReceivedComplaints.none();
        received.forEach((category, n) -> letters.add(category, Channel.LETTER, n));
        return ComplaintRateKpi.compute("ALPHA", period, letters, subscribers, KpiTestData.RULES, KpiTestData.NOW);
    }

    @Test
    void aQuarterIsAnnualizedBy365OverItsDays() {
        // 3 complaints in 92 days among 1000 customers: 3 / 10 × 365 / 92 = 1.190217391...
        KpiResult result = compute(KpiTestData.Q3, Map.of(Category.SERVICE_QUALITY, 3L), THOUSAND);
        assertEquals(new BigDecimal("1.190217391304348"), new BigDecimal("3").multiply(new BigDecimal("36500"))
                .divide(new BigDecimal("92000"), java.math.MathContext.DECIMAL64));
        assertEquals(1.190217391304348, result.value(), 1e-15);
        assertEquals(KpiUnit.PER_100_CUSTOMERS_PER_YEAR, result.unit());
        assertEquals(Verdict.FAIL, result.verdict());
        assertTrue(result.conclusive());
        assertNull(result.confidence());
        assertEquals(1000L, result.extensions().get("subscriberCount"));
        assertEquals(LocalDate.parse("2026-09-30"), result.extensions().get("subscriberCountAsOf"));
        assertEquals(92L, result.extensions().get("periodDays"));
    }

    @Test
    void exactlyOnePer100PerYearPassesAndTheVerdictIsExact() {
        // a 365-day year with 10 complaints among 1000 customers is exactly 1.0
        ReportingPeriod year = KpiTestData.period("2025-10-01", "2026-09-30");
        assertEquals(365, year.days());
        assertEquals(Verdict.PASS, compute(year, Map.of(Category.SERVICE_QUALITY, 10L), THOUSAND).verdict());
        assertEquals(1.0, compute(year, Map.of(Category.SERVICE_QUALITY, 10L), THOUSAND).value());
        assertEquals(Verdict.FAIL, compute(year, Map.of(Category.SERVICE_QUALITY, 11L), THOUSAND).verdict());
        // one day, 109,500 customers: 1 complaint is 1/3 per 100 per year, 3 are exactly 1 (never a rounded double)
        ComplaintRateKpi.Fraction third = ComplaintRateKpi.rate(1, 109_500, 1, 365);
        assertTrue(third.meets(KpiTestData.RULES.rate().target()));
        ComplaintRateKpi.Fraction exactlyOne = ComplaintRateKpi.rate(3, 109_500, 1, 365);
        assertEquals(0, BigDecimal.ONE.compareTo(exactlyOne.value()));
        assertTrue(exactlyOne.meets(KpiTestData.RULES.rate().target()));
        assertFalse(ComplaintRateKpi.rate(3, 109_499, 1, 365).meets(KpiTestData.RULES.rate().target()));
    }

    @Test
    void otherCategoriesAreExcludedAndShown() {
        KpiResult result = compute(KpiTestData.Q3,
                Map.of(Category.SERVICE_QUALITY, 1L, Category.BILLING, 4L, Category.OTHER, 2L), THOUSAND);
        assertEquals(7, result.sample().total());
        assertEquals(1, result.sample().valid());
        assertEquals(6, result.sample().excluded());
        assertEquals(Map.of("BILLING", 4L, "OTHER", 2L), result.sample().exclusions());
        assertEquals(100.0 * 365 / (1000.0 * 92), result.value(), 1e-15);
        assertEquals(Verdict.PASS, result.verdict());
    }

    @Test
    void withoutASubscriberCountThereIsNoRate() {
        KpiResult none = compute(KpiTestData.Q3, Map.of(Category.SERVICE_QUALITY, 1L), null);
        assertNull(none.value());
        assertEquals(Verdict.INSUFFICIENT_DATA, none.verdict());
        assertFalse(none.conclusive());
        KpiResult zero = compute(KpiTestData.Q3, Map.of(), new SubscriberFigure(0, LocalDate.parse("2026-09-01")));
        assertNull(zero.value());
        assertEquals(Verdict.INSUFFICIENT_DATA, zero.verdict());
    }

    @Test
    void noComplaintIsARateOfZero() {
        KpiResult result = compute(KpiTestData.Q3, Map.of(), THOUSAND);
        assertEquals(0.0, result.value());
        assertEquals(Verdict.PASS, result.verdict());
    }

    @Test
    void onlyWrittenServiceQualityComplaintsCountAndTheResultGivesThemByChannel() {
        ReceivedComplaints received = ReceivedComplaints.none()
                .add(Category.SERVICE_QUALITY, Channel.LETTER, 1)
                .add(Category.SERVICE_QUALITY, Channel.EMAIL, 2)
                .add(Category.SERVICE_QUALITY, Channel.FAX, 1)
                .add(Category.SERVICE_QUALITY, Channel.WEB, 1)
                .add(Category.SERVICE_QUALITY, Channel.PHONE, 7)
                .add(Category.SERVICE_QUALITY, Channel.IN_PERSON, 2)
                .add(Category.BILLING, Channel.LETTER, 3)
                .add(Category.OTHER, Channel.PHONE, 1);
        KpiResult result = ComplaintRateKpi.compute("ALPHA", KpiTestData.Q3, received, THOUSAND, KpiTestData.RULES,
                KpiTestData.NOW);
        // 5 written of 14 service-quality complaints: 5 / 10 × 365 / 92
        assertEquals(5.0 * 100 * 365 / (1000 * 92), result.value(), 1e-15);
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(18, result.sample().total());
        assertEquals(5, result.sample().valid());
        assertEquals(13, result.sample().excluded());
        assertEquals(Map.of("NOT_WRITTEN", 9L, "BILLING", 3L, "OTHER", 1L), result.sample().exclusions());
        assertEquals(14L, result.extensions().get("serviceQualityComplaints"));
        assertEquals(5L, result.extensions().get("writtenServiceQualityComplaints"));
        assertEquals(java.util.List.of("LETTER", "EMAIL", "FAX", "WEB"), result.extensions().get("countedChannels"));
        Map<String, Long> byChannel = new java.util.LinkedHashMap<>();
        byChannel.put("LETTER", 1L);
        byChannel.put("EMAIL", 2L);
        byChannel.put("FAX", 1L);
        byChannel.put("PHONE", 7L);
        byChannel.put("WEB", 1L);
        byChannel.put("IN_PERSON", 2L);
        assertEquals(byChannel, result.extensions().get("byChannel"));
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("9 service-quality complaints received by"
                + " telephone or in person are not part of the rate")), result.notes().toString());

        // telephone complaints alone: a rate of zero
        KpiResult phoned = ComplaintRateKpi.compute("ALPHA", KpiTestData.Q3,
                ReceivedComplaints.none().add(Category.SERVICE_QUALITY, Channel.PHONE, 50), THOUSAND, KpiTestData.RULES,
                KpiTestData.NOW);
        assertEquals(0.0, phoned.value());
        assertEquals(Verdict.PASS, phoned.verdict());
    }
}

package org.qos.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qos.common.retention.RetentionPolicy;
import org.qos.common.kpi.ConclusiveSample;
import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.Verdict;
import org.qos.common.profile.QualityProfile;

/** The KPI arithmetic of clauses 3.6 and 3.7 against the shipped profile. */
class BillingKpiTest {

    static final BillingRules RULES = BillingRules.from(QualityProfile.read(
            BillingKpiTest.class.getClassLoader().getResourceAsStream(QualityProfile.DEFAULT_RESOURCE)));
    static final Subject SUBJECT = new Subject(UUID.randomUUID(), "ALPHA", LocalDate.parse("2026-04-01"),
            LocalDate.parse("2026-06-30"));
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-07-02T09:00:00+07:00");

    /** Counts with their error and real durations in whole seconds (the domain counts milliseconds). */
    static ReconciliationCounts counts(long valid, long discrepancies, long phantoms, long errorSeconds,
            long realSeconds, EnumSet<Direction> directions) {
        return millisCounts(valid, discrepancies, phantoms, errorSeconds * 1000, realSeconds * 1000, directions);
    }

    static ReconciliationCounts millisCounts(long valid, long discrepancies, long phantoms, long errorMillis,
            long realMillis, EnumSet<Direction> directions) {
        return new ReconciliationCounts(valid, discrepancies, phantoms, errorMillis, realMillis,
                Map.of(DiscrepancyKind.PHANTOM, phantoms), directions);
    }

    /** A campaign's two results, [billing.wrong-calls, billing.wrong-time]. */
    static List<KpiResult> campaign(Subject subject, long totalCalls, ReconciliationCounts counts, BillingRules rules,
            OffsetDateTime now) {
        return List.of(WrongCallsKpi.compute(subject, totalCalls, counts, rules, now),
                WrongTimeKpi.compute(subject, totalCalls, counts, rules, now));
    }

    @Test
    void theProfileStatesTheRules() {
        assertEquals(1000, RULES.minValidCalls());
        assertEquals(10_000, RULES.minInvoiceCalls());
        assertEquals(180, RULES.retentionDays());
        assertFalse(RULES.outOfRange(new BigDecimal("60")));
        assertFalse(RULES.outOfRange(new BigDecimal("360")));
        assertFalse(RULES.outOfRange(new BigDecimal("360.000")));
        assertTrue(RULES.outOfRange(new BigDecimal("59")));
        assertTrue(RULES.outOfRange(new BigDecimal("361")));
    }

    @Test
    void theDurationRangeIsCheckedOnTheExactDuration() {
        // rounded to whole seconds, 59.999 would be 60 (valid) and 360.001 would be 360 (valid): neither is
        assertTrue(RULES.outOfRange(new BigDecimal("59.999")));
        assertTrue(RULES.outOfRange(new BigDecimal("360.001")));
        assertFalse(RULES.outOfRange(new BigDecimal("60.001")));
        assertFalse(RULES.outOfRange(new BigDecimal("359.999")));
    }

    @Test
    void durationsAreExactMilliseconds() {
        assertTrue(Durations.fitsMillis(new BigDecimal("301.2")));
        assertTrue(Durations.fitsMillis(new BigDecimal("301.250")));
        assertTrue(Durations.fitsMillis(new BigDecimal("301.2500000")), "trailing zeros change nothing");
        assertFalse(Durations.fitsMillis(new BigDecimal("301.2345")));
        assertFalse(Durations.fitsMillis(new BigDecimal("0.0001")));
        assertEquals(301_200, Durations.millis(new BigDecimal("301.2")));
        assertEquals(120_000, Durations.millis(new BigDecimal("120")));
        assertEquals(120_000, Durations.millis(new BigDecimal("1.2E+2")));
        assertEquals(new BigDecimal("301.2"), Durations.seconds(301_200));
        assertEquals(new BigDecimal("120"), Durations.seconds(120_000));
        assertEquals("120", Durations.seconds(120_000).toString(), "no exponent in what is written");
        assertEquals(new BigDecimal("61.005"), Durations.seconds(61_005));
        assertEquals(new BigDecimal("0"), Durations.seconds(0));
        assertNull(Durations.seconds((Long) null));
    }

    @Test
    void wrongTimeIsComputedOnExactMilliseconds() {
        // 1000.000 s wrong against 1,000,000 s = 0.001 exactly: PASS; one millisecond more: FAIL (a rounding to
        // whole seconds would have passed it)
        List<KpiResult> pass = campaign(SUBJECT, 1000,
                millisCounts(1000, 1, 0, 1_000_000, 1_000_000_000, EnumSet.allOf(Direction.class)), RULES, NOW);
        assertEquals(Verdict.PASS, pass.get(1).verdict());
        assertEquals(0.001, pass.get(1).value());
        assertEquals(new BigDecimal("1000"), pass.get(1).extensions().get("errorSeconds"));
        List<KpiResult> fail = campaign(SUBJECT, 1000,
                millisCounts(1000, 1, 0, 1_000_001, 1_000_000_000, EnumSet.allOf(Direction.class)), RULES, NOW);
        assertEquals(Verdict.FAIL, fail.get(1).verdict());
        assertEquals(new BigDecimal("1000.001"), fail.get(1).extensions().get("errorSeconds"));
        assertEquals(new BigDecimal("1000000"), fail.get(1).extensions().get("realSeconds"));
        assertTrue(fail.get(1).notes().stream().anyMatch(n -> n.startsWith("1000.001 s wrongly charged against"
                + " 1000000 s")), fail.get(1).notes().toString());
    }

    @Test
    void phantomsWithoutAValidCallHaveNoValue() {
        // 3 phantom records, no valid call: not phantoms / phantoms = 1.0, but no valid sample: null
        List<KpiResult> phantoms = campaign(SUBJECT, 2,
                counts(0, 3, 3, 360, 0, EnumSet.noneOf(Direction.class)), RULES, NOW);
        KpiResult calls = phantoms.get(0);
        assertNull(calls.value());
        assertEquals(Verdict.INSUFFICIENT_DATA, calls.verdict());
        assertNull(calls.confidence());
        assertFalse(calls.conclusive());
        assertEquals(3L, calls.extensions().get("trials"), "the counts stay visible");
        assertEquals(3L, ((Map<?, ?>) calls.extensions().get("discrepancies")).get("PHANTOM"));
        assertTrue(calls.notes().stream().anyMatch(n -> n.startsWith("No valid test call")), calls.notes().toString());
        assertTrue(calls.notes().stream().anyMatch(n -> n.contains("3 phantom records")), calls.notes().toString());
        assertNull(phantoms.get(1).value());
        assertEquals(Verdict.INSUFFICIENT_DATA, phantoms.get(1).verdict());
        // one valid call and the same phantoms: a value again, (0 + 3) / (1 + 3)
        KpiResult one = campaign(SUBJECT, 1, counts(1, 3, 3, 360, 120, EnumSet.of(Direction.MOBILE)), RULES, NOW)
                .get(0);
        assertEquals(0.75, one.value());
        assertEquals(Verdict.INSUFFICIENT_DATA, one.verdict());
    }

    @Test
    void exactlyTheTargetPassesOneMoreFails() {
        // 1 discrepancy in 1000 trials = 0.001 exactly: PASS (<= 0.1 %); 1 s wrong in 1000 s: PASS
        List<KpiResult> pass = campaign(SUBJECT, 1000,
                counts(1000, 1, 0, 1, 1000, EnumSet.allOf(Direction.class)), RULES, NOW);
        assertEquals(Verdict.PASS, pass.get(0).verdict());
        assertEquals(0.001, pass.get(0).value());
        assertNotNull(pass.get(0).confidence());
        assertFalse(pass.get(0).conclusive(), "one in a thousand cannot show <= 0.1 % for the whole interval");
        assertEquals(Verdict.PASS, pass.get(1).verdict());
        assertNull(pass.get(1).confidence(), "wrong-time is not a share of trials");
        assertTrue(pass.get(1).conclusive());

        List<KpiResult> fail = campaign(SUBJECT, 1000,
                counts(1000, 2, 0, 2, 1000, EnumSet.allOf(Direction.class)), RULES, NOW);
        assertEquals(Verdict.FAIL, fail.get(0).verdict());
        assertEquals(Verdict.FAIL, fail.get(1).verdict());
    }

    @Test
    void phantomsJoinTheDenominator() {
        List<KpiResult> results = campaign(SUBJECT, 1000,
                counts(1000, 3, 3, 300, 100_000, EnumSet.allOf(Direction.class)), RULES, NOW);
        assertEquals(3.0 / 1003, results.get(0).value());
        assertEquals(1003L, results.get(0).extensions().get("trials"));
    }

    @Test
    void tooFewCallsOrAMissingDirectionIsInsufficient() {
        List<KpiResult> few = campaign(SUBJECT, 999,
                counts(999, 0, 0, 0, 99_900, EnumSet.allOf(Direction.class)), RULES, NOW);
        assertEquals(Verdict.INSUFFICIENT_DATA, few.get(0).verdict());
        assertEquals(Verdict.INSUFFICIENT_DATA, few.get(1).verdict());
        assertEquals(0.0, few.get(0).value(), "the value is still reported");

        List<KpiResult> noPstn = campaign(SUBJECT, 1200, counts(1200, 0, 0, 0, 120_000,
                EnumSet.of(Direction.ON_NET, Direction.OTHER_PHS, Direction.MOBILE)), RULES, NOW);
        assertEquals(Verdict.INSUFFICIENT_DATA, noPstn.get(0).verdict());
        assertFalse(noPstn.get(0).sample().sufficient());
        assertTrue(noPstn.get(0).notes().stream().anyMatch(n -> n.contains("PSTN")));
        assertTrue(noPstn.get(0).sample().exclusions().isEmpty());
    }

    @Test
    void noValidCallHasNoValue() {
        List<KpiResult> none = campaign(SUBJECT, 5, counts(0, 0, 0, 0, 0, EnumSet.noneOf(Direction.class)),
                RULES, NOW);
        assertNull(none.get(0).value());
        assertNull(none.get(1).value());
        assertEquals(5, none.get(0).sample().excluded());
        assertEquals(Map.of("OUT_OF_RANGE_DURATION", 5L), none.get(0).sample().exclusions());
    }

    @Test
    void invoiceErrorsAtTheTargetPass() {
        KpiResult pass = InvoiceErrorsKpi.compute(SUBJECT, "VND", new InvoiceCounts(10_000, 1, 1, 0, 0, 0), RULES,
                NOW);
        assertEquals(Verdict.PASS, pass.verdict());
        KpiResult fail = InvoiceErrorsKpi.compute(SUBJECT, "VND", new InvoiceCounts(10_000, 2, 0, 1, 1, 1), RULES,
                NOW);
        assertEquals(Verdict.FAIL, fail.verdict());
        assertEquals(1L, ((Map<?, ?>) fail.extensions().get("calls")).get("wrongSubscriber"));
        assertTrue(fail.notes().stream().anyMatch(n -> n.contains("1 billed to another subscriber")),
                fail.notes().toString());
        KpiResult few = InvoiceErrorsKpi.compute(SUBJECT, "VND", new InvoiceCounts(9_999, 0, 0, 0, 0, 0), RULES, NOW);
        assertEquals(Verdict.INSUFFICIENT_DATA, few.verdict());
    }

    @Test
    void aSampleShortOfTheMinimumNeedsTheMinimumEvenWhenItsIntervalIsOnOneSide() {
        // 9,999 calls, 500 wrong (5 %): the interval lies wholly above 0.01 %, but 10,000 calls are required
        KpiResult few = InvoiceErrorsKpi.compute(SUBJECT, "VND", new InvoiceCounts(9_999, 500, 500, 0, 0, 0), RULES, NOW);
        assertEquals(Verdict.INSUFFICIENT_DATA, few.verdict());
        assertEquals(new ConclusiveSample(9_999, 10_000L, 1L), few.extensions().get("conclusiveSample"));
        // 900 valid test calls and 5 phantom records, 100 discrepancies: 100 valid calls are missing
        KpiResult calls = WrongCallsKpi.compute(SUBJECT, 900,
                counts(900, 100, 5, 100, 90_000, EnumSet.allOf(Direction.class)), RULES, NOW);
        assertEquals(Verdict.INSUFFICIENT_DATA, calls.verdict());
        assertEquals(new ConclusiveSample(905, 1005L, 100L), calls.extensions().get("conclusiveSample"));
    }

    @Test
    void moneyHasAtMostTheCurrencysMinorDigits() {
        assertEquals(0, Money.minorDigits("VND"));
        assertEquals(2, Money.minorDigits("USD"));
        assertTrue(Money.fits(new java.math.BigDecimal("1600"), 0));
        assertTrue(Money.fits(new java.math.BigDecimal("1600.00"), 0));
        assertFalse(Money.fits(new java.math.BigDecimal("1600.5"), 0));
        assertTrue(Money.fits(new java.math.BigDecimal("0.25"), 2));
        assertFalse(Money.fits(new java.math.BigDecimal("0.255"), 2));
    }

    @Test
    void aRetentionBelow180DaysIsRefused() {
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> RetentionPolicy.of("P179D", Period.ofDays(Math.toIntExact(RULES.retentionDays())), ZoneOffset.ofHours(7)));
        assertTrue(refused.getMessage().contains("at least P180D"), refused.getMessage());
        assertEquals(Period.ofDays(180),
                RetentionPolicy.of("P180D", Period.ofDays(Math.toIntExact(RULES.retentionDays())), ZoneOffset.ofHours(7)).retention());
    }
}

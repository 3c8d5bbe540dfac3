package org.qos.coverage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qos.common.kpi.Comparator;
import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.Verdict;
import org.qos.common.profile.ProfileProducer;

/** Clause 3.5's arithmetic with the shipped TCN 68-228:2004 profile. */
class CoverageKpiTest {

    private static final CoverageRules RULES = CoverageRules.from(ProfileProducer.shipped());
    private static final CampaignFacts CAMPAIGN = new CampaignFacts(UUID.randomUUID(), "ALPHA", "HN",
            LocalDate.parse("2026-07-01"), LocalDate.parse("2026-09-30"), new BigDecimal("-85"), 100);
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-10-02T09:00:00+07:00");

    private static SampleCounts samples(long valid, long indoor, long overSpeed) {
        return new SampleCounts(valid + indoor + overSpeed, valid,
                Map.of(Exclusion.INDOOR, indoor, Exclusion.OVER_SPEED, overSpeed));
    }

    private static KpiResult result(long measuredBins, long coveredBins, long inventory, long measuredStreets) {
        return CoverageKpi.compute(CAMPAIGN, samples(1000, 0, 0), new BinCounts(measuredBins, coveredBins),
                new StreetCounts(inventory, measuredStreets), RULES, NOW);
    }

    @Test
    void theShippedProfileIsStrictlyAboveNinetyPercentAndSetsNoThreshold() {
        assertEquals(Comparator.GT, RULES.target().comparator());
        assertEquals(0, new BigDecimal("0.90").compareTo(RULES.target().value()));
        assertNull(RULES.defaultThresholdDbm());
        assertEquals(100, RULES.defaultBinMeters());
        assertEquals(0, new BigDecimal("30").compareTo(RULES.maxSpeedKmh()));
        assertEquals(0, new BigDecimal("0.5").compareTo(RULES.minStreetRatio()));
    }

    @Test
    void exactlyNinetyPercentOfBinsFails() {
        KpiResult result = result(100, 90, 10, 10);
        assertEquals(0.9, result.value());
        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals(Verdict.PASS, result(100, 91, 10, 10).verdict());
        // 9 of 10 and 900 of 1000 are the same exact fraction: both fail
        assertEquals(Verdict.FAIL, result(1000, 900, 10, 10).verdict());
        assertEquals(Verdict.PASS, result(1000, 901, 10, 10).verdict());
    }

    @Test
    void theIntervalIsOverBins() {
        KpiResult result = result(200, 190, 10, 10);
        assertEquals(0.95, result.value());
        assertEquals("CLOPPER_PEARSON", result.confidence().method());
        // the exact 95 % interval of 190 of 200 (scipy: beta.ppf(0.025, 190, 11), beta.ppf(0.975, 191, 10))
        assertEquals(0.90997, result.confidence().lower(), 0.000005);
        assertEquals(0.97577, result.confidence().upper(), 0.000005);
        assertEquals(Verdict.PASS, result.verdict());
        assertTrue(result.conclusive(), "the whole interval lies above 0.90");
        assertFalse(result(100, 95, 10, 10).conclusive());
        Map<?, ?> bins = (Map<?, ?>) result.extensions().get("bins");
        assertEquals(200L, bins.get("measured"));
        assertEquals(190L, bins.get("covered"));
    }

    @Test
    void halfTheStreetsIsEnoughAndLessIsInsufficient() {
        KpiResult half = result(100, 95, 10, 5);
        assertTrue(half.sample().sufficient());
        assertEquals(Verdict.PASS, half.verdict());
        Map<?, ?> streets = (Map<?, ?>) half.extensions().get("streets");
        assertEquals(10L, streets.get("inventory"));
        assertEquals(5L, streets.get("measured"));
        assertEquals(0.5, streets.get("ratio"));
        assertEquals(5L, streets.get("required"));

        KpiResult fewer = result(100, 95, 10, 4);
        assertFalse(fewer.sample().sufficient());
        assertEquals(Verdict.INSUFFICIENT_DATA, fewer.verdict());
        assertEquals(0.95, fewer.value(), "the value is still reported");
        assertFalse(fewer.conclusive());
        // odd inventories round the requirement up: 3 of 7 is below half, 4 of 7 above
        assertEquals(Verdict.INSUFFICIENT_DATA, result(100, 95, 7, 3).verdict());
        assertEquals(Verdict.PASS, result(100, 95, 7, 4).verdict());
        assertEquals(4L, ((Map<?, ?>) result(100, 95, 7, 4).extensions().get("streets")).get("required"));
    }

    @Test
    void withoutAnInventoryOrWithoutBinsTheResultIsInsufficient() {
        KpiResult noInventory = result(100, 95, 0, 0);
        assertEquals(Verdict.INSUFFICIENT_DATA, noInventory.verdict());
        assertNull(((Map<?, ?>) noInventory.extensions().get("streets")).get("ratio"));
        assertTrue(noInventory.notes().stream().anyMatch(n -> n.contains("no street inventory")));

        KpiResult nothing = CoverageKpi.compute(CAMPAIGN, samples(0, 3, 2), new BinCounts(0, 0),
                new StreetCounts(10, 0), RULES, NOW);
        assertNull(nothing.value());
        assertNull(nothing.confidence());
        assertEquals(Verdict.INSUFFICIENT_DATA, nothing.verdict());
    }

    @Test
    void exclusionsAreCountedAsRows() {
        KpiResult result = CoverageKpi.compute(CAMPAIGN, samples(900, 60, 40), new BinCounts(50, 48),
                new StreetCounts(10, 6), RULES, NOW);
        assertEquals(1000, result.sample().total());
        assertEquals(900, result.sample().valid());
        assertEquals(100, result.sample().excluded());
        assertEquals(Map.of("INDOOR", 60L, "OVER_SPEED", 40L), result.sample().exclusions());
        assertEquals("coverage.outdoor", result.kpiId());
        assertEquals("3.5", result.clause());
        assertEquals("DRIVE_TEST", result.method());
        assertEquals(new BigDecimal("-85"), result.extensions().get("thresholdDbm"));
        assertEquals(100, result.extensions().get("binMeters"));
    }

    @Test
    void indoorComesFirstAndExactlyThirtyKilometresPerHourCounts() {
        assertEquals(Exclusion.INDOOR, RULES.exclusion(false, new BigDecimal("45")));
        assertEquals(Exclusion.INDOOR, RULES.exclusion(false, BigDecimal.ZERO));
        assertNull(RULES.exclusion(true, new BigDecimal("30")));
        assertNull(RULES.exclusion(true, new BigDecimal("30.000")));
        assertEquals(Exclusion.OVER_SPEED, RULES.exclusion(true, new BigDecimal("30.01")));
    }

    @Test
    void theThresholdIsTheCampaignsOrTheProfilesNeverALiteral() {
        assertTrue(RULES.thresholdFor(null).isEmpty(), "the shipped profile sets none");
        assertEquals(new BigDecimal("-90"), RULES.thresholdFor(new BigDecimal("-90")).orElseThrow());
        CoverageRules withDefault = new CoverageRules(RULES.standard(), RULES.profileVersion(), RULES.clause(),
                RULES.unit(), RULES.target(), RULES.confidenceLevel(), RULES.maxSpeedKmh(), RULES.minStreetRatio(),
                RULES.defaultBinMeters(), new BigDecimal("-80"));
        assertEquals(new BigDecimal("-80"), withDefault.thresholdFor(null).orElseThrow());
        assertEquals(new BigDecimal("-95"), withDefault.thresholdFor(new BigDecimal("-95")).orElseThrow());
    }

    @Test
    void inconsistentCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BinCounts(5, 6));
        assertThrows(IllegalArgumentException.class, () -> new StreetCounts(5, 6));
        assertThrows(IllegalArgumentException.class, () -> new SampleCounts(10, 9, Map.of(Exclusion.INDOOR, 2L)));
    }
}

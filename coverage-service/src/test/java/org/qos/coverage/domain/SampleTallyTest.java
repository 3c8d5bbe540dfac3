package org.qos.coverage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SampleTallyTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-07-01T08:00:00+07:00");
    private static final BigDecimal THRESHOLD = new BigDecimal("-85");

    /** A valid sample at a position (metres in Web Mercator) with a level. */
    private static DriveTestSample at(double x, double y, String dbm, String street) {
        return new DriveTestSample(AT, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(dbm), BigDecimal.ONE, street,
                true, null, x, y);
    }

    private static BinCounts bins(SampleTally tally) {
        return tally.counted().bins();
    }

    @Test
    void anOddBinIsCoveredByItsMiddleLevel() {
        SampleTally covered = new SampleTally(100, THRESHOLD, Set.of());
        covered.count(at(10, 10, "-90", null));
        covered.count(at(20, 20, "-85", null));
        covered.count(at(30, 30, "-60", null));
        assertEquals(new BinCounts(1, 1), bins(covered), "median -85: at the threshold counts");
        SampleTally not = new SampleTally(100, THRESHOLD, Set.of());
        not.count(at(10, 10, "-90", null));
        not.count(at(20, 20, "-85.1", null));
        not.count(at(30, 30, "-60", null));
        assertEquals(new BinCounts(1, 0), bins(not));
    }

    @Test
    void anEvenBinWhoseMiddleLevelsStraddleTheThresholdTakesTheirMean() {
        SampleTally tie = new SampleTally(100, THRESHOLD, Set.of());
        for (String dbm : new String[] {"-100", "-85.5", "-84.5", "-50"}) {
            tie.count(at(1, 1, dbm, null));
        }
        assertEquals(new BinCounts(1, 1), bins(tie), "(-85.5 + -84.5) / 2 = -85");
        SampleTally below = new SampleTally(100, THRESHOLD, Set.of());
        for (String dbm : new String[] {"-100", "-85.6", "-84.5", "-50"}) {
            below.count(at(1, 1, dbm, null));
        }
        assertEquals(new BinCounts(1, 0), bins(below), "(-85.6 + -84.5) / 2 = -85.05");
        SampleTally both = new SampleTally(100, THRESHOLD, Set.of());
        for (String dbm : new String[] {"-100", "-84", "-80", "-50"}) {
            both.count(at(1, 1, dbm, null));
        }
        assertEquals(new BinCounts(1, 1), bins(both), "both middle levels at or above");
    }

    @Test
    void binsAreFloorsOfThePositionOverTheBinSizeOnBothSidesOfZero() {
        SampleTally tally = new SampleTally(100, THRESHOLD, Set.of());
        tally.count(at(-0.5, 0, "-50", null));  // bin (-1, 0)
        tally.count(at(0, 0, "-50", null));     // bin (0, 0)
        tally.count(at(99.999, 99.999, "-50", null)); // bin (0, 0)
        tally.count(at(100, -100, "-99", null)); // bin (1, -1)
        tally.count(at(100, -100.001, "-99", null)); // bin (1, -2)
        assertEquals(new BinCounts(4, 2), bins(tally));
    }

    @Test
    void excludedSamplesAreCountedButNotBinnedAndStreetsCountWithinTheInventory() {
        SampleTally tally = new SampleTally(100, THRESHOLD, Set.of("s1", "s2", "s3"));
        tally.count(at(1, 1, "-50", "s1"));
        tally.count(at(1, 1, "-50", "s1"));
        tally.count(at(1, 1, "-50", "elsewhere"));
        tally.count(at(1, 1, "-50", null));
        tally.count(new DriveTestSample(AT, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("-50"), BigDecimal.ONE,
                "s2", false, Exclusion.INDOOR, 500, 500));
        tally.count(new DriveTestSample(AT, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("-50"), BigDecimal.TEN,
                "s3", true, Exclusion.OVER_SPEED, 900, 900));
        CoverageStatistics counted = tally.counted();
        assertEquals(6, counted.samples().total());
        assertEquals(4, counted.samples().valid());
        assertEquals(1L, counted.samples().exclusions().get(Exclusion.INDOOR));
        assertEquals(1L, counted.samples().exclusions().get(Exclusion.OVER_SPEED));
        assertEquals(new BinCounts(1, 1), counted.bins(), "excluded samples are in no bin");
        assertEquals(new StreetCounts(3, 1), counted.streets(), "only s1 has a valid sample");
    }

    @Test
    void aBatchOfMoreBinsThanAreKeptIsNotTallied() {
        SampleTally tally = new SampleTally(1, THRESHOLD, Set.of());
        for (int i = 0; i <= SampleTally.MAX_BINS; i++) {
            tally.count(at(i, 0, "-50", null));
        }
        assertNull(tally.counted(), "gathered by the statistics query instead");
    }

    @Test
    void positionsAreTheProjectionsOfLatitudeAndLongitude() {
        DriveTestSample sample = new DriveTestSample(AT, new BigDecimal("21.0285"), new BigDecimal("105.8542"),
                new BigDecimal("-80"), BigDecimal.ONE, null, true, null);
        assertEquals(WebMercator.x(105.8542), sample.mercX());
        assertEquals(WebMercator.y(21.0285), sample.mercY());
    }
}

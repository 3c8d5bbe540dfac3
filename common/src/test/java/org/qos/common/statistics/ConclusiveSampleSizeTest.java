package org.qos.common.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.qos.common.kpi.Comparator;
import org.qos.common.kpi.Confidence;
import org.qos.common.kpi.Target;

class ConclusiveSampleSizeTest {

    private static final double LEVEL = 0.95;
    private static final Target GE_090 = new Target(Comparator.GE, new BigDecimal("0.90"));
    private static final Target LE_0001 = new Target(Comparator.LE, new BigDecimal("0.001"));

    private static long needed(long k, long n, Target target) {
        OptionalLong needed = ConclusiveSampleSize.at(k, n, target, LEVEL);
        assertTrue(needed.isPresent(), k + "/" + n);
        return needed.getAsLong();
    }

    @Test
    void everyTrialASuccessHasAClosedForm() {
        // k = n: the interval is [(alpha/2)^(1/n), 1], conclusive for GE 0.90 once (0.025)^(1/n) >= 0.90
        long expected = (long) Math.ceil(Math.log(0.025) / Math.log(0.90));
        assertEquals(36, expected);
        assertEquals(expected, needed(20, 20, GE_090));
        assertEquals(40, needed(40, 40, GE_090), "already conclusive: the sample as it is");
    }

    @Test
    void noSuccessAgainstAnUpperLimitHasAClosedForm() {
        // k = 0: the interval is [0, 1 - (alpha/2)^(1/n)], conclusive for LE 0.001 once that upper end is <= 0.001
        long expected = (long) Math.ceil(Math.log(0.025) / Math.log(0.999));
        assertEquals(expected, needed(0, 100, LE_0001));
    }

    @Test
    void agreesWithTheIntegerIntervalWhereTheEstimateGivesWholeCounts() {
        // 19 of 20 = 0.95: at every multiple of 20 trials the estimate is a whole count, and the interval of
        // ClopperPearson itself must be conclusive from the first multiple at or above the answer on, not below it
        long n = needed(19, 20, GE_090);
        assertTrue(n > 20);
        long below = (n - 1) / 20 * 20;
        long above = (n + 19) / 20 * 20;
        Confidence before = ClopperPearson.interval(below / 20 * 19, below, LEVEL);
        Confidence after = ClopperPearson.interval(above / 20 * 19, above, LEVEL);
        assertFalse(GE_090.isMetBy(before.lower()), "not conclusive at " + below);
        assertTrue(GE_090.isMetBy(after.lower()), "conclusive at " + above);
    }

    @Test
    void theApiExampleNeedsMoreCallsAtItsEstimate() {
        // 1048 of 1150 = 0.9113 passes GE 0.90 with a lower bound of 0.8934
        long n = needed(1048, 1150, GE_090);
        assertTrue(n > 1150 && n < 20_000, "needed " + n);
        double share = 1048.0 / 1150;
        Confidence at = ClopperPearson.interval(Math.round(share * n), n, LEVEL);
        assertEquals(0.90, at.lower(), 0.001, "at the answer the lower end reaches the target");
    }

    @Test
    void aFailingEstimateNeedsItsUpperEndBelowTheTarget() {
        long n = needed(88, 100, GE_090);
        Confidence at = ClopperPearson.interval(Math.round(0.88 * n), n, LEVEL);
        assertEquals(0.90, at.upper(), 0.001, "at the answer the upper end reaches down to the target");
        Confidence before = ClopperPearson.interval(Math.round(0.88 * (n - 100)), n - 100, LEVEL);
        assertTrue(GE_090.isMetBy(before.upper()), "still reaching 0.90 at " + (n - 100));
    }

    @Test
    void anEstimateOnTheTargetIsNeverConclusive() {
        assertTrue(ConclusiveSampleSize.at(900, 1000, GE_090, LEVEL).isEmpty());
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> ConclusiveSampleSize.at(5, 4, GE_090, LEVEL));
        assertThrows(IllegalArgumentException.class, () -> ConclusiveSampleSize.at(0, 0, GE_090, LEVEL));
    }

    @Test
    void neverBelowTheMinimum() {
        // conclusive already at 1000 trials (990 of 1000 against >= 0.90), but the method asks for 1500
        assertEquals(1000, ConclusiveSampleSize.at(990, 1000, GE_090, LEVEL).getAsLong());
        assertEquals(1000, ConclusiveSampleSize.at(990, 1000, 0, GE_090, LEVEL).getAsLong());
        assertEquals(1000, ConclusiveSampleSize.at(990, 1000, 1000, GE_090, LEVEL).getAsLong());
        assertEquals(1500, ConclusiveSampleSize.at(990, 1000, 1500, GE_090, LEVEL).getAsLong());
        // a minimum below the current trials is already met
        assertEquals(1000, ConclusiveSampleSize.at(990, 1000, 30, GE_090, LEVEL).getAsLong());
        // not conclusive at the minimum either: the smallest conclusive n above it, as without a minimum
        long free = ConclusiveSampleSize.at(1048, 1150, GE_090, LEVEL).getAsLong();
        assertEquals(free, ConclusiveSampleSize.at(1048, 1150, free - 1, GE_090, LEVEL).getAsLong());
        assertEquals(free + 1, ConclusiveSampleSize.at(1048, 1150, free + 1, GE_090, LEVEL).getAsLong());
        // on the target: nothing is ever conclusive, with or without a minimum
        assertTrue(ConclusiveSampleSize.at(900, 1000, 5000, GE_090, LEVEL).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ConclusiveSampleSize.at(5, 10, -1, GE_090, LEVEL));
    }
}

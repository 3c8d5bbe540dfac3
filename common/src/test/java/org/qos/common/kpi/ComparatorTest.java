package org.qos.common.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparatorTest {

    @ParameterizedTest(name = "{0} {1}/{2} vs {3} -> {4}")
    @CsvSource({
            "GE, 900, 1000, 0.90, true",
            "GE, 899, 1000, 0.90, false",
            "GE, 901, 1000, 0.90, true",
            "GT, 900, 1000, 0.90, false",
            "GT, 901, 1000, 0.90, true",
            "LE, 1, 1000, 0.001, true",
            "LE, 2, 1000, 0.001, false",
            "LE, 0, 1000, 0.001, true",
            "LT, 1, 1000, 0.001, false",
            "LT, 0, 1000, 0.001, true",
            "GE, 1, 3, 0.3333, true",
            "LE, 1, 3, 0.3333, false",
            "GE, 10000, 10000, 1.0, true",
            "GE, 9999, 10000, 1.0, false",
    })
    void exactFraction(Comparator comparator, long k, long n, String target, boolean expected) {
        assertEquals(expected, comparator.holds(k, n, new BigDecimal(target)));
    }

    @Test
    void fractionIsComparedExactlyNotAsADouble() {
        long n = 1_000_000_000_000_000_000L;
        long k = 899_999_999_999_999_999L; // one part in 10^18 below 0.90
        BigDecimal target = new BigDecimal("0.90");
        // As a double, k / n rounds to 0.9 (whose binary value lies just above 0.90) and would wrongly pass
        assertTrue(Comparator.GE.holds((double) k / n, target), "double arithmetic rounds k/n up to 0.9");
        assertFalse(Comparator.GE.holds(k, n, target), "the exact fraction is below 0.90");
        assertTrue(Comparator.LT.holds(k, n, target));
        assertTrue(Comparator.GE.holds(k + 1, n, target));
    }

    @Test
    void scaleOfTargetDoesNotMatter() {
        assertTrue(Comparator.GE.holds(BigDecimal.valueOf(9, 1), new BigDecimal("0.900")));
        assertFalse(Comparator.GT.holds(new BigDecimal("0.90"), new BigDecimal("0.9")));
        assertTrue(Comparator.LE.holds(new BigDecimal("0.90"), new BigDecimal("0.9")));
        assertFalse(Comparator.LT.holds(new BigDecimal("0.90"), new BigDecimal("0.9")));
    }

    @Test
    void doubleBoundsAtTheTarget() {
        BigDecimal target = new BigDecimal("0.5");
        assertTrue(Comparator.GE.holds(0.5, target));
        assertFalse(Comparator.GT.holds(0.5, target));
        assertTrue(Comparator.LE.holds(0.5, target));
        assertFalse(Comparator.LT.holds(0.5, target));
        assertTrue(Comparator.LT.holds(0.49999999, target));
    }

    @Test
    void nonPositiveDenominatorIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Comparator.GE.holds(0, 0, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> Comparator.GE.holds(1, -1, BigDecimal.ONE));
    }

    @Test
    void targetDelegatesToComparator() {
        Target target = new Target(Comparator.GE, new BigDecimal("0.90"));
        assertTrue(target.isMetBy(900, 1000));
        assertFalse(target.isMetBy(899, 1000));
        assertTrue(target.isMetBy(0.9001));
        assertFalse(target.isMetBy(0.8999));
    }
}

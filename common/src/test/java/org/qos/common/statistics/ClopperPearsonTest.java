package org.qos.common.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qos.common.kpi.Confidence;

class ClopperPearsonTest {

    private static double round4(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    @Test
    void apiExampleOf1048Of1150() {
        Confidence ci = ClopperPearson.interval(1048, 1150, 0.95);
        assertEquals(0.8934, round4(ci.lower()));
        assertEquals(0.9271, round4(ci.upper()));
        assertEquals(0.95, ci.level());
        assertEquals(Confidence.CLOPPER_PEARSON, ci.method());
    }

    @Test
    void textbookFiveOfTen() {
        // Exact binomial interval for 5/10 at 95 %: [0.1871, 0.8129] (e.g. Clopper & Pearson tables, R binom.test)
        Confidence ci = ClopperPearson.interval(5, 10, 0.95);
        assertEquals(0.1871, round4(ci.lower()));
        assertEquals(0.8129, round4(ci.upper()));
        assertEquals(1.0, ci.lower() + ci.upper(), 1e-12, "k = n/2 gives an interval symmetric around 1/2");
    }

    @Test
    void noSuccessesGivesLowerExactlyZeroAndClosedFormUpper() {
        Confidence ci = ClopperPearson.interval(0, 10, 0.95);
        assertEquals(0.0, ci.lower());
        // For k = 0 the upper bound has the closed form 1 - (alpha/2)^(1/n)
        assertEquals(1 - Math.pow(0.025, 1.0 / 10), ci.upper(), 1e-12);
        assertEquals(0.3085, round4(ci.upper()));
    }

    @Test
    void allSuccessesGivesUpperExactlyOneAndClosedFormLower() {
        Confidence ci = ClopperPearson.interval(10, 10, 0.95);
        assertEquals(1.0, ci.upper());
        // For k = n the lower bound has the closed form (alpha/2)^(1/n)
        assertEquals(Math.pow(0.025, 1.0 / 10), ci.lower(), 1e-12);
        assertEquals(0.6915, round4(ci.lower()));
    }

    @Test
    void singleTrial() {
        assertEquals(0.975, ClopperPearson.interval(0, 1, 0.95).upper(), 1e-12);
        assertEquals(0.025, ClopperPearson.interval(1, 1, 0.95).lower(), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"1048, 1150", "990, 1000", "500, 1000", "1, 7", "3, 1000"})
    void intervalContainsEstimateAndMirrorsFailures(long k, long n) {
        Confidence ci = ClopperPearson.interval(k, n, 0.95);
        double p = (double) k / n;
        assertTrue(ci.lower() < p && p < ci.upper(), "estimate inside the interval");
        Confidence mirrored = ClopperPearson.interval(n - k, n, 0.95);
        assertEquals(1 - ci.upper(), mirrored.lower(), 1e-9);
        assertEquals(1 - ci.lower(), mirrored.upper(), 1e-9);
    }

    @Test
    void higherLevelGivesWiderInterval() {
        Confidence ci95 = ClopperPearson.interval(1048, 1150, 0.95);
        Confidence ci99 = ClopperPearson.interval(1048, 1150, 0.99);
        assertTrue(ci99.lower() < ci95.lower());
        assertTrue(ci99.upper() > ci95.upper());
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0", "-1, 10", "11, 10", "0, -5"})
    void badCountsThrow(long k, long n) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClopperPearson.interval(k, n, 0.95));
        assertTrue(e.getMessage().contains(k + " of " + n), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "-0.5", "1.5", "NaN"})
    void badLevelThrows(double level) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClopperPearson.interval(5, 10, level));
        assertTrue(e.getMessage().contains("level"), e.getMessage());
    }
}

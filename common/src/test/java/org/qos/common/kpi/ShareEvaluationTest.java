package org.qos.common.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareEvaluationTest {

    private static final double LEVEL = 0.95;
    private static final Target GE_090 = new Target(Comparator.GE, new BigDecimal("0.90"));
    private static final Target GT_090 = new Target(Comparator.GT, new BigDecimal("0.90"));
    private static final Target LE_0001 = new Target(Comparator.LE, new BigDecimal("0.001"));
    private static final Target LT_0001 = new Target(Comparator.LT, new BigDecimal("0.001"));

    private static Target target(String comparator, String value) {
        return new Target(Comparator.valueOf(comparator), new BigDecimal(value));
    }

    @ParameterizedTest(name = "{2} {3}: {0}/{1} -> {4}")
    @CsvSource({
            "900, 1000, GE, 0.90, PASS",
            "899, 1000, GE, 0.90, FAIL",
            "900, 1000, GT, 0.90, FAIL",
            "901, 1000, GT, 0.90, PASS",
            "1, 1000, LE, 0.001, PASS",
            "2, 1000, LE, 0.001, FAIL",
            "1, 1000, LT, 0.001, FAIL",
            "0, 1000, LT, 0.001, PASS",
            "1000, 1000, GE, 1.0, PASS",
            "999, 1000, GE, 1.0, FAIL",
    })
    void verdictComparesTheExactFraction(long k, long n, String comparator, String value, Verdict expected) {
        ShareEvaluation e = ShareEvaluation.of(k, n, target(comparator, value), 0, true, LEVEL);
        assertEquals(expected, e.verdict());
        assertEquals((double) k / n, e.value());
        assertNotNull(e.confidence());
    }

    @Test
    void apiExampleIsAPassButNotConclusive() {
        ShareEvaluation e = ShareEvaluation.of(1048, 1150, GE_090, 0, true, LEVEL);
        assertEquals(Verdict.PASS, e.verdict());
        assertEquals(0.9113, e.value(), 0.00005);
        assertEquals(0.8934, e.confidence().lower(), 0.00005);
        assertEquals(0.9271, e.confidence().upper(), 0.00005);
        assertFalse(e.conclusive(), "the lower bound 0.8934 is below the target 0.90");
        assertEquals(1150, e.conclusiveSample().trials());
        assertTrue(e.conclusiveSample().needed() > 1150);
        assertEquals(e.conclusiveSample().needed() - 1150, e.conclusiveSample().additional());
    }

    @Test
    void conclusivePass() {
        ShareEvaluation e = ShareEvaluation.of(990, 1000, GE_090, 0, true, LEVEL);
        assertEquals(Verdict.PASS, e.verdict());
        assertTrue(e.confidence().lower() >= 0.90);
        assertTrue(e.conclusive());
        assertNull(e.conclusiveSample(), "nothing more is needed");
    }

    @Test
    void conclusiveFail() {
        ShareEvaluation e = ShareEvaluation.of(500, 1000, GE_090, 0, true, LEVEL);
        assertEquals(Verdict.FAIL, e.verdict());
        assertTrue(e.confidence().upper() < 0.90);
        assertTrue(e.conclusive());
    }

    @Test
    void inconclusiveFail() {
        ShareEvaluation e = ShareEvaluation.of(899, 1000, GE_090, 0, true, LEVEL);
        assertEquals(Verdict.FAIL, e.verdict());
        assertTrue(e.confidence().upper() > 0.90);
        assertFalse(e.conclusive());
    }

    @Test
    void exactlyAtTheTargetWithGtFailsInconclusively() {
        ShareEvaluation e = ShareEvaluation.of(900, 1000, GT_090, 0, true, LEVEL);
        assertEquals(Verdict.FAIL, e.verdict());
        assertFalse(e.conclusive());
    }

    @Test
    void upperBoundedTargets() {
        // 0 wrong of 1150: PASS, but the interval [0, 0.0032] reaches beyond 0.001
        ShareEvaluation few = ShareEvaluation.of(0, 1150, LE_0001, 0, true, LEVEL);
        assertEquals(Verdict.PASS, few.verdict());
        assertEquals(0.0, few.confidence().lower());
        assertFalse(few.conclusive());
        // 0 wrong of 10000: the upper bound 1 - 0.025^(1/10000) ~ 0.00037 meets LE 0.001
        ShareEvaluation many = ShareEvaluation.of(0, 10_000, LE_0001, 0, true, LEVEL);
        assertEquals(Verdict.PASS, many.verdict());
        assertTrue(many.conclusive());
        // 50 wrong of 10000 (0.5 %): the interval lies wholly above 0.001
        ShareEvaluation bad = ShareEvaluation.of(50, 10_000, LT_0001, 0, true, LEVEL);
        assertEquals(Verdict.FAIL, bad.verdict());
        assertTrue(bad.conclusive());
    }

    @Test
    void insufficientSampleStillReportsValueAndInterval() {
        ShareEvaluation e = ShareEvaluation.of(990, 1000, GE_090, 0, false, LEVEL);
        assertEquals(Verdict.INSUFFICIENT_DATA, e.verdict());
        assertEquals(0.99, e.value());
        assertNotNull(e.confidence());
        assertEquals(0.9817, e.confidence().lower(), 0.00005);
        assertFalse(e.conclusive(), "INSUFFICIENT_DATA is never conclusive");
    }

    @Test
    void insufficientSampleWhoseIntervalIsAlreadyOnOneSideNeedsTheMinimum() {
        // 990 of 1000 with a minimum of 1500: the interval [0.9817, 0.9952] lies above 0.90, but the minimum is
        // not met: the advice is the minimum, never "nothing more is needed"
        ShareEvaluation e = ShareEvaluation.of(990, 1000, GE_090, 1500, false, LEVEL);
        assertEquals(Verdict.INSUFFICIENT_DATA, e.verdict());
        assertEquals(new ConclusiveSample(1000, 1500L, 500L), e.conclusiveSample());
        // below the target, and the interval wholly below it: the same
        ShareEvaluation low = ShareEvaluation.of(500, 1000, GE_090, 1001, false, LEVEL);
        assertEquals(new ConclusiveSample(1000, 1001L, 1L), low.conclusiveSample());
    }

    @Test
    void insufficientSampleWhoseIntervalStraddlesNeedsTheLargerOfMinimumAndConclusiveSample() {
        long unbounded = ShareEvaluation.of(1048, 1150, GE_090, 0, true, LEVEL).conclusiveSample().needed();
        // a minimum below what the interval needs changes nothing
        assertEquals(new ConclusiveSample(1150, unbounded, unbounded - 1150),
                ShareEvaluation.of(1048, 1150, GE_090, 1000, true, LEVEL).conclusiveSample());
        // a minimum above it is the answer (the interval narrows as the sample grows)
        long minimum = unbounded + 10_000;
        assertEquals(new ConclusiveSample(1150, minimum, minimum - 1150),
                ShareEvaluation.of(1048, 1150, GE_090, minimum, false, LEVEL).conclusiveSample());
    }

    @Test
    void noTrialsAtAll() {
        for (boolean sufficient : new boolean[] {true, false}) {
            ShareEvaluation e = ShareEvaluation.of(0, 0, GE_090, 0, sufficient, LEVEL);
            assertNull(e.value());
            assertNull(e.confidence());
            assertEquals(Verdict.INSUFFICIENT_DATA, e.verdict());
            assertFalse(e.conclusive());
        }
    }

    @Test
    void withoutIntervalEveryVerdictButInsufficientDataIsConclusive() {
        assertTrue(ShareEvaluation.isConclusive(Verdict.PASS, null, GE_090));
        assertTrue(ShareEvaluation.isConclusive(Verdict.FAIL, null, GE_090));
        assertFalse(ShareEvaluation.isConclusive(Verdict.INSUFFICIENT_DATA, null, GE_090));
    }

    @Test
    void isConclusiveLooksAtBothEndsOfTheInterval() {
        Confidence straddles = new Confidence(LEVEL, Confidence.CLOPPER_PEARSON, 0.85, 0.95);
        Confidence above = new Confidence(LEVEL, Confidence.CLOPPER_PEARSON, 0.90, 0.95);
        Confidence below = new Confidence(LEVEL, Confidence.CLOPPER_PEARSON, 0.80, 0.8999);
        assertFalse(ShareEvaluation.isConclusive(Verdict.PASS, straddles, GE_090));
        assertFalse(ShareEvaluation.isConclusive(Verdict.FAIL, straddles, GE_090));
        assertTrue(ShareEvaluation.isConclusive(Verdict.PASS, above, GE_090));
        assertFalse(ShareEvaluation.isConclusive(Verdict.PASS, straddles, GT_090));
        assertTrue(ShareEvaluation.isConclusive(Verdict.FAIL, below, GE_090));
        assertFalse(ShareEvaluation.isConclusive(Verdict.FAIL, above, GE_090));
        assertFalse(ShareEvaluation.isConclusive(Verdict.INSUFFICIENT_DATA, above, GE_090));
        // upper-bounded target: the interval must lie wholly at or below 0.001
        // (bounds are doubles: 0.0009 and 0.0011 stay clear of the binary rounding of 0.001)
        assertTrue(ShareEvaluation.isConclusive(Verdict.PASS,
                new Confidence(LEVEL, Confidence.CLOPPER_PEARSON, 0.0, 0.0009), LE_0001));
        assertFalse(ShareEvaluation.isConclusive(Verdict.PASS,
                new Confidence(LEVEL, Confidence.CLOPPER_PEARSON, 0.0, 0.0011), LE_0001));
        assertTrue(ShareEvaluation.isConclusive(Verdict.FAIL,
                new Confidence(LEVEL, Confidence.CLOPPER_PEARSON, 0.0011, 0.01), LT_0001));
    }
}

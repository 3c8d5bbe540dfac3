package org.qos.voice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qos.common.profile.ProfileProducer;

/**
 * The instruments' mappings onto MOS and the native thresholds of the good score (3), against values computed from
 * the ITU-T formulas in this test, apart from the code under test.
 */
class GoodScoreTest {

    private static final VoiceRules RULES = VoiceRules.from(ProfileProducer.shipped());
    private static final BigDecimal THREE = new BigDecimal("3.0");

    /** ITU-T P.862.1, written out here. */
    private static double p8621(double x) {
        return 0.999 + (4.999 - 0.999) / (1 + Math.exp(-1.4945 * x + 4.6607));
    }

    /** ITU-T G.107 Annex B, written out here. */
    private static double g107(double r) {
        return r <= 0 ? 1 : r >= 100 ? 4.5 : 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    @Test
    void theProfileStatesEveryInstrumentItsRangeAndMapping() {
        assertEquals(List.of("P.862.1", "P.862", "P.862.2", "P.863", "G.107"), RULES.acceptedInstruments());
        assertEquals(0, new BigDecimal("-0.5").compareTo(RULES.instrument("P.862").scoreMin()));
        assertEquals(0, new BigDecimal("4.5").compareTo(RULES.instrument("P.862").scoreMax()));
        assertEquals(0, BigDecimal.ZERO.compareTo(RULES.instrument("G.107").scoreMin()));
        assertEquals(0, new BigDecimal("100").compareTo(RULES.instrument("G.107").scoreMax()));
        for (String mosLqo : List.of("P.862.1", "P.862.2", "P.863")) {
            assertTrue(RULES.instrument(mosLqo).mapping() instanceof ScoreMapping.Identity, mosLqo);
            assertEquals("none (MOS-LQO)", RULES.instrument(mosLqo).mapping().label());
            assertEquals(0, BigDecimal.ONE.compareTo(RULES.instrument(mosLqo).scoreMin()));
            assertEquals(0, new BigDecimal("5").compareTo(RULES.instrument(mosLqo).scoreMax()));
        }
        assertEquals("ITU-T P.862.1", RULES.instrument("P.862").mapping().label());
        assertFalse(RULES.instrument("P.862").mapping().estimate());
        assertEquals("ITU-T G.107 Annex B (MOS-CQE, estimate)", RULES.instrument("G.107").mapping().label());
        assertTrue(RULES.instrument("G.107").mapping().estimate());
        assertFalse(RULES.instrument("P.861").mapped(), "P.861 (PSQM) has no mapping onto MOS");
        assertNull(RULES.instrument("P.999"));
        assertEquals("P.862.1", RULES.instrument(null).name(), "the default instrument");
    }

    @Test
    void p8621MapsRawPesqOntoMosLqo() {
        ScoreMapping mapping = RULES.instrument("P.862").mapping();
        // hand-computed: 0.999 + 4 / (1 + e^(-1.4945·3 + 4.6607)) = 0.999 + 4 / (1 + e^0.1772) = 2.8223
        assertEquals(2.82, round(mapping.mos(3.0), 2));
        assertEquals(2.8223, round(mapping.mos(3.0), 4));
        assertEquals(3.1206, round(mapping.mos(3.2), 4));
        // the ends of the raw range: -0.5 -> 1.0168, 4.5 -> 4.5486
        assertEquals(1.0168, round(mapping.mos(-0.5), 4));
        assertEquals(4.5486, round(mapping.mos(4.5), 4));
        for (double x = -0.5; x <= 4.5; x += 0.01) {
            assertEquals(p8621(x), mapping.mos(x), 1e-15, "x = " + x);
        }
    }

    @Test
    void g107AnnexBMapsTheRatingOntoMosCqe() {
        ScoreMapping mapping = RULES.instrument("G.107").mapping();
        // hand-computed: 1 + 3.262 + 93.2·33.2·6.8·7e-6 = 4.2620 + 0.1473 = 4.4093
        assertEquals(4.41, round(mapping.mos(93.2), 2));
        assertEquals(3.00, round(mapping.mos(58.1), 2));
        assertEquals(1.0, mapping.mos(0));
        assertEquals(1.0, mapping.mos(-3));
        assertEquals(4.5, mapping.mos(100));
        assertEquals(4.5, mapping.mos(120));
        assertEquals(1.67, round(mapping.mos(31.5), 2), "hand: 1 + 1.1025 + 31.5·(-28.5)·68.5·7e-6 = 2.1025 - 0.4305");
        for (double r = 0; r <= 100; r += 0.1) {
            assertEquals(g107(r), mapping.mos(r), 1e-15, "R = " + r);
        }
    }

    @Test
    void nativeThresholdsAreTheInversesAtThree() {
        // P.862: x* = (4.6607 - ln(4.0/2.001 - 1)) / 1.4945 = 3.1192372..., computed independently
        double pesq = (4.6607 - Math.log(4.0 / 2.001 - 1)) / 1.4945;
        assertEquals(3.1192372031, pesq, 1e-10);
        GoodScore p862 = RULES.goodScore(Method.OBJECTIVE, "P.862");
        assertEquals(pesq, p862.nativeMin().doubleValue(), 1e-12);
        // G.107: R* = 58.0785180..., by bisection over the formula written out here
        double low = 50;
        double high = 60;
        for (int i = 0; i < 200; i++) {
            double middle = (low + high) / 2;
            if (g107(middle) >= 3) {
                high = middle;
            } else {
                low = middle;
            }
        }
        assertEquals(58.0785180114, high, 1e-9);
        GoodScore g = RULES.goodScore(Method.OBJECTIVE, "G.107");
        assertEquals(high, g.nativeMin().doubleValue(), 1e-12);
        // instruments on the MOS scale, surveys and panels: 3 itself
        for (String mosLqo : List.of("P.862.1", "P.862.2", "P.863")) {
            assertEquals(GoodScore.atLeast(THREE), RULES.goodScore(Method.OBJECTIVE, mosLqo));
        }
        assertEquals(GoodScore.atLeast(THREE), RULES.goodScore(Method.OBJECTIVE, null));
        assertEquals(GoodScore.atLeast(THREE), RULES.goodScore(Method.CUSTOMER_SURVEY, null));
        assertEquals(GoodScore.atLeast(THREE), RULES.goodScore(Method.EXPERT_PANEL, null));
        assertSame(GoodScore.NONE, RULES.goodScore(Method.OBJECTIVE, "P.861"));
        assertFalse(GoodScore.NONE.isGood(new BigDecimal("4.0")));
        assertThrows(IllegalArgumentException.class, () -> GoodScore.of(RULES.instrument("P.861"), THREE));
    }

    @Test
    void theBoundaryIsExactOnBothSides() {
        for (String name : List.of("P.862", "G.107")) {
            ScoreMapping mapping = RULES.instrument(name).mapping();
            GoodScore good = RULES.goodScore(Method.OBJECTIVE, name);
            double t = good.nativeMin().doubleValue();
            assertTrue(mapping.mos(t) >= 3, name + ": mapped(t) = " + mapping.mos(t));
            assertTrue(mapping.mos(Math.nextDown(t)) < 3, name + ": mapped(t-) = " + mapping.mos(Math.nextDown(t)));
            // the mapping does not turn back around the boundary: every double below t is not good, every one
            // from t on is (a few thousand ulps each side)
            double below = t;
            double above = t;
            for (int i = 0; i < 5000; i++) {
                below = Math.nextDown(below);
                assertTrue(mapping.mos(below) < 3, name + " below " + below);
                assertTrue(mapping.mos(above) >= 3, name + " above " + above);
                above = Math.nextUp(above);
            }
            // decimals: the test on the native decimal agrees with mapping the decimal's nearest double
            List<BigDecimal> decimals = new ArrayList<>(List.of(
                    new BigDecimal(t), new BigDecimal(Math.nextDown(t)), new BigDecimal(Math.nextUp(t)),
                    new BigDecimal(Double.toString(t)), new BigDecimal(Double.toString(Math.nextDown(t))),
                    good.bound(), good.bound().add(new BigDecimal("1e-60")),
                    good.bound().subtract(new BigDecimal("1e-60")), good.nativeMin(),
                    good.nativeMin().setScale(4, java.math.RoundingMode.DOWN),
                    good.nativeMin().setScale(4, java.math.RoundingMode.UP)));
            for (BigDecimal x : decimals) {
                assertEquals(mapping.mos(x.doubleValue()) >= 3, good.isGood(x), name + ": " + x.toPlainString());
            }
            assertTrue(good.isGood(new BigDecimal(Double.toString(t))));
            assertFalse(good.isGood(new BigDecimal(Double.toString(Math.nextDown(t)))));
            // the bound is the midpoint between t's neighbour below and t: included exactly when t is even
            assertEquals(good.inclusive(), good.isGood(good.bound()));
            assertTrue(good.isGood(good.bound().add(new BigDecimal("1e-60"))));
            assertFalse(good.isGood(good.bound().subtract(new BigDecimal("1e-60"))));
        }
        GoodScore p862 = RULES.goodScore(Method.OBJECTIVE, "P.862");
        assertFalse(p862.isGood(new BigDecimal("3.0")), "raw 3.0 maps to 2.82");
        assertTrue(p862.isGood(new BigDecimal("3.2")), "raw 3.2 maps to 3.12");
        assertFalse(p862.isGood(new BigDecimal("3.1192")));
        assertTrue(p862.isGood(new BigDecimal("3.1193")));
        GoodScore g107 = RULES.goodScore(Method.OBJECTIVE, "G.107");
        assertFalse(g107.isGood(new BigDecimal("58.07")));
        assertTrue(g107.isGood(new BigDecimal("58.08")));
        assertTrue(g107.isGood(new BigDecimal("58.1")), "R 58.1 maps to 3.0011");
    }

    @Test
    void onTheMosScaleThreeIsComparedAsAnExactDecimal() {
        GoodScore good = RULES.goodScore(Method.OBJECTIVE, "P.863");
        assertTrue(good.isGood(new BigDecimal("3")));
        assertTrue(good.isGood(new BigDecimal("3.000000000000000000001")));
        // its nearest double is 3.0, but the decimal is below 3: not good, as before instruments had mappings
        assertFalse(good.isGood(new BigDecimal("2.99999999999999999999")));
    }

    /** The test as SQL, for the statistics query: the same bound and comparison as {@link GoodScore#isGood}. */
    @Test
    void theSqlTestComparesWithTheBoundAsIsGoodDoes() {
        GoodScore mos = GoodScore.atLeast(THREE);
        assertEquals("score >= :good", mos.sqlTest("score", "good"));
        assertTrue(mos.isGood(3) && mos.isGood(THREE) && !mos.isGood(2) && !mos.isGood(new BigDecimal("2.999")));
        GoodScore p862 = RULES.goodScore(Method.OBJECTIVE, "P.862");
        assertEquals(p862.inclusive() ? "s >= :b" : "s > :b", p862.sqlTest("s", "b"));
        assertEquals(p862.inclusive(), p862.isGood(p862.bound()), "the bound itself is good only when inclusive");
        assertTrue(p862.isGood(p862.bound().add(new BigDecimal("1e-40"))));
        assertFalse(p862.isGood(p862.bound().subtract(new BigDecimal("1e-40"))));
        assertEquals("FALSE", GoodScore.NONE.sqlTest("score", "good"));
        assertFalse(GoodScore.NONE.isGood(5) || GoodScore.NONE.isGood(new BigDecimal("4.5")));
    }
}

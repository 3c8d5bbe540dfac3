package org.qos.voice.domain;

import java.math.BigDecimal;

/**
 * Clause 3.4's good-score test ("the score is at least 3 on the MOS scale") turned into a test on native scores, so
 * that the statistics, which PostgreSQL computes over the stored native scores, apply it without mapping a row.
 * The test is stated here once, in Java ({@link #isGood}) and as SQL ({@link #sqlTest}, which
 * {@code SampleStatisticsRepository} puts in its statistics query): both compare a native score with {@link #bound()}
 * as {@link #inclusive()} says.
 *
 * <h2>Why a threshold is exact</h2>
 * Every mapping of the profile ({@link ScoreMapping}) is non-decreasing on its instrument's range (P.862.1's
 * logistic and G.107 Annex B's cubic are strictly increasing there), so "mapped(x) &gt;= good" holds exactly for
 * the x at or above the smallest x where it holds: the mapping's inverse at the good score. That inverse is
 * irrational (P.862: x* = (4.6607 − ln(4.0/2.001 − 1)) / 1.4945 = 3.11923720313…; G.107: R* = 58.0785180114…), so
 * the rule is fixed at the precision the mapping is computed in, double:
 * <ul>
 * <li><b>A mapped instrument</b> (P.862, G.107): a score x is good when {@code mapping.mos(double(x)) >= good},
 * double(x) being x rounded to the nearest double (half to even, as {@link BigDecimal#doubleValue()} and
 * PostgreSQL do). {@link #of} finds by bisection over adjacent doubles the smallest double t of the range with
 * {@code mos(t) >= good} (so {@code mos(Math.nextDown(t)) < good}); the decimals that round to t or above are
 * those above the midpoint m between {@code nextDown(t)} and t, and m itself when t's last significand bit is 0
 * (ties round to even). m is a finite decimal (a sum of two binary fractions, halved), so the database compares
 * {@code score > m} or {@code score >= m} in exact {@code numeric} arithmetic, and the answer is the same as mapping
 * each row in Java would give, to the last bit. {@link #nativeMin()} is t, the smallest native score, as a double,
 * that is good.</li>
 * <li><b>An instrument on the MOS scale</b> (identity mapping: P.862.1, P.862.2, P.863) and the opinion scores of
 * surveys and expert panels: {@code score >= good} in exact decimals, as before instruments had mappings (3.0
 * counts; 2.999… does not, however many nines).</li>
 * <li><b>An instrument without a mapping</b> (P.861): no score is judged ({@link #NONE}); its campaigns cannot be
 * created and the result of an old one is INSUFFICIENT_DATA.</li>
 * </ul>
 *
 * @param bound     the native bound compared with each stored score; null when no score is good
 * @param inclusive whether a score equal to the bound is good
 * @param nativeMin for results: the smallest good native score (for a mapped instrument the double t above)
 */
public record GoodScore(BigDecimal bound, boolean inclusive, BigDecimal nativeMin) {

    /** No score is judged good (an instrument without a mapping). */
    public static final GoodScore NONE = new GoodScore(null, false, null);

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** Good at or above {@code min}, compared as exact decimals. */
    public static GoodScore atLeast(BigDecimal min) {
        return new GoodScore(min, true, min);
    }

    /**
     * The native test of an instrument: a score is good when its mapped value is at least {@code goodMos}.
     *
     * @throws IllegalArgumentException for an instrument without a mapping
     */
    public static GoodScore of(ScoreInstrument instrument, BigDecimal goodMos) {
        ScoreMapping mapping = instrument.mapping();
        if (mapping == null) {
            throw new IllegalArgumentException("instrument " + instrument.name() + " has no mapping onto MOS");
        }
        if (mapping instanceof ScoreMapping.Identity) {
            return atLeast(goodMos);
        }
        double good = goodMos.doubleValue();
        double low = instrument.scoreMin().doubleValue();
        double high = instrument.scoreMax().doubleValue();
        if (mapping.mos(high) < good) {
            return NONE; // nothing in the range is good
        }
        if (mapping.mos(low) >= good) {
            return threshold(low); // everything in the range is good
        }
        // mos(low) < good <= mos(high): bisect until low and high are adjacent doubles
        while (Math.nextUp(low) < high) {
            double middle = low + (high - low) / 2;
            if (middle <= low || middle >= high) {
                middle = Math.nextUp(low);
            }
            if (mapping.mos(middle) >= good) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return threshold(high);
    }

    /** The decimals whose nearest double is t or above. */
    private static GoodScore threshold(double t) {
        BigDecimal below = new BigDecimal(Math.nextDown(t));
        BigDecimal midpoint = below.add(new BigDecimal(t)).multiply(HALF); // exact: one more decimal place
        boolean evenSignificand = (Double.doubleToRawLongBits(t) & 1L) == 0;
        return new GoodScore(midpoint, evenSignificand, BigDecimal.valueOf(t));
    }

    /**
     * Whether a native score is good, in Java: what {@link #sqlTest} asks the database (both exact decimal comparisons
     * with {@link #bound()}), applied to each row of a batch as it is copied ({@link SampleTally}).
     */
    public boolean isGood(BigDecimal score) {
        if (bound == null) {
            return false;
        }
        int comparison = score.compareTo(bound);
        return inclusive ? comparison >= 0 : comparison > 0;
    }

    /** An opinion score (whole points): {@link #isGood(BigDecimal)}. */
    public boolean isGood(long score) {
        return bound != null && isGood(BigDecimal.valueOf(score));
    }

    /**
     * The same test as SQL over a {@code numeric} (or integer) column: {@code column >= :parameter} or
     * {@code column > :parameter} as {@link #inclusive()} says, the parameter bound to {@link #bound()}; {@code FALSE}
     * when no score is good (no parameter then).
     */
    public String sqlTest(String column, String parameter) {
        return bound == null ? "FALSE" : column + (inclusive ? " >= :" : " > :") + parameter;
    }
}

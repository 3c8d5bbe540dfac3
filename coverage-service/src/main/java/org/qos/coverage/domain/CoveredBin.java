package org.qos.coverage.domain;

import java.math.BigDecimal;

/**
 * Clause 3.5's bin rule, written once in both its forms: a bin is covered when the median received level of its valid
 * samples is at or above the campaign's threshold. The median is exact: the mean of the lower and the upper middle
 * level ({@code percentile_cont(0.5)} computed in decimal, not in double precision, so that a median of exactly the
 * threshold is never lost to rounding: -84.9 and -85.1 give -85.0, covered at -85).
 *
 * <p>{@link #SQL_MEDIAN} is the form the statistics query groups rows by; {@link #covered} the form a batch counted as
 * it streams decides from four numbers per bin ({@link SampleTally}). The tests compare both on random batches.
 */
public final class CoveredBin {

    /** The exact median of a group's {@code signal_dbm}, in SQL (decimal arithmetic throughout). */
    public static final String SQL_MEDIAN = "(percentile_disc(0.5) WITHIN GROUP (ORDER BY signal_dbm)"
            + " + percentile_disc(0.5) WITHIN GROUP (ORDER BY signal_dbm DESC)) / 2";

    /** The SQL test of a bin's median against the threshold parameter {@code :threshold}. */
    public static final String SQL_COVERED = ">= :threshold";

    private CoveredBin() {
    }

    /**
     * Whether a bin of {@code n} valid levels, {@code above} of them at or above {@code threshold}, is covered, given
     * the highest level below the threshold and the lowest at or above it (null when there is none). With the levels
     * sorted, all middle levels are at or above the threshold when {@code 2 * above > n}, all below when
     * {@code 2 * above < n}; otherwise (n even, {@code above == n / 2}) the two middle levels are exactly the highest
     * below and the lowest above, and their mean decides.
     */
    public static boolean covered(long n, long above, BigDecimal highestBelow, BigDecimal lowestAbove,
            BigDecimal threshold) {
        if (2 * above != n) {
            return 2 * above > n;
        }
        return highestBelow.add(lowestAbove).compareTo(threshold.multiply(BigDecimal.TWO)) >= 0;
    }
}

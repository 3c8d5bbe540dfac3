package org.qos.billing.domain;

import java.math.BigDecimal;

/**
 * Durations are measured, not rounded: the test equipment logs them to the millisecond, and a switch may charge
 * decimal seconds. The API and the database carry exact decimal seconds with at most three decimals; the
 * arithmetic of clause 3.6 counts whole milliseconds (longs), so that sums and verdicts stay exact fractions of
 * integers.
 */
public final class Durations {

    /** Decimals a duration may have: milliseconds. */
    public static final int MAX_DECIMALS = 3;

    private Durations() {
    }

    /** Whether {@code seconds} has at most {@link #MAX_DECIMALS} decimals once written without trailing zeros. */
    public static boolean fitsMillis(BigDecimal seconds) {
        return seconds.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }

    /** Exact milliseconds of a duration in seconds; ArithmeticException when it has more than three decimals. */
    public static long millis(BigDecimal seconds) {
        return seconds.movePointRight(MAX_DECIMALS).longValueExact();
    }

    /** Milliseconds as decimal seconds without trailing zeros: 120000 is 120, 301200 is 301.2, 61005 is 61.005. */
    public static BigDecimal seconds(long millis) {
        BigDecimal seconds = BigDecimal.valueOf(millis, MAX_DECIMALS).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
    }

    /** Nullable {@link #seconds(long)}. */
    public static BigDecimal seconds(Long millis) {
        return millis == null ? null : seconds(millis.longValue());
    }
}

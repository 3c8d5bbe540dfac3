package org.qos.coverage.domain;

import java.math.BigDecimal;

/** Decimal numbers as the API writes them: without trailing zeros, never in exponent form (710, not 7.1E+2). */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

package org.qos.billing.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** Charges as exact decimals: at most the currency's minor-unit digits (ISO 4217; VND has none). */
public final class Money {

    private Money() {
    }

    /** The minor-unit digits of a currency (java.util.Currency); 0 for currencies without one. */
    public static int minorDigits(String currencyCode) {
        return Math.max(0, Currency.getInstance(currencyCode).getDefaultFractionDigits());
    }

    /** Whether an amount is exactly representable in the currency's minor units ("1000.0" is, in VND). */
    public static boolean fits(BigDecimal amount, int minorDigits) {
        return amount.stripTrailingZeros().scale() <= minorDigits;
    }
}

package org.qos.billing.service;

import java.math.BigDecimal;

import org.qos.billing.domain.Durations;
import org.qos.billing.domain.PhoneNumbers;
import org.qos.campaigns.batch.DeclaredRowSchema.Field;
import org.qos.campaigns.batch.DeclaredRowSchema.Values;
import org.qos.campaigns.batch.RowReader;

/** Reading helpers shared by the billing row schemas. */
final class Rows {

    /** Longest number accepted, as sent (E.164 has at most 15 digits; room is left for spaces and signs). */
    static final int MAX_NUMBER_LENGTH = 32;
    static final int MAX_ID_LENGTH = 64;
    /** Longest duration accepted, seconds: one day. */
    static final long MAX_DURATION_SECONDS = 86_400;

    private Rows() {
    }

    /**
     * A duration in decimal seconds, 0 to {@link #MAX_DURATION_SECONDS}, with at most three decimals (milliseconds):
     * 120, 120.0 and 301.25 are read exactly; 301.2345 is an error naming the row and field, never rounded. A JSON
     * string is not a number (strict typing).
     */
    static BigDecimal seconds(RowReader row, String field, boolean required) {
        BigDecimal seconds = row.decimal(field, required, BigDecimal.ZERO, BigDecimal.valueOf(MAX_DURATION_SECONDS));
        if (seconds != null && !Durations.fitsMillis(seconds)) {
            row.error(field, "must have at most " + Durations.MAX_DECIMALS + " decimal digits (milliseconds), got "
                    + seconds.toPlainString() + "; durations are never rounded");
            return null;
        }
        return seconds;
    }

    /** An error when the number has no digits (numbers compare as their digits only: {@link PhoneNumbers#digits}). */
    static void checkDigits(Values row, Field<String> number) {
        String value = row.get(number);
        if (value != null && PhoneNumbers.digits(value).isEmpty()) {
            row.error(number, "must contain digits (numbers compare as their digits only)");
        }
    }
}

package org.qos.billing.service;

import org.qos.billing.domain.PhoneNumbers;
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

    /** The digits of a required number field; an error (and null) when it has none. */
    static String digits(RowReader row, String field, String number) {
        if (number == null) {
            return null;
        }
        String digits = PhoneNumbers.digits(number);
        if (digits.isEmpty()) {
            row.error(field, "must contain digits (numbers compare as their digits only)");
            return null;
        }
        return digits;
    }
}

package org.qos.billing.domain;

/** Numbers compare as their digits only: "+84 24 3825 1234" and "842438251234" are one number. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The digits of a number, in order; empty when it has none. */
    public static String digits(String number) {
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}

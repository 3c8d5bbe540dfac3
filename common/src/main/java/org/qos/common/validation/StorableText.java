package org.qos.common.validation;

/**
 * Text that PostgreSQL stores as it was sent, checked once for every request body and batch row: its text never holds
 * the NUL character (U+0000), and UTF-8 has no form for a lone surrogate (half of a pair, as a JSON escape such as
 * {@code \ud800} can give), which the driver would send as '?'. Either is refused (400 naming the field) rather
 * than failing the statement or being stored changed.
 */
public final class StorableText {

    private StorableText() {
    }

    /** What keeps {@code value} from being stored as sent, as a field error's message; null when nothing does. */
    public static String problem(String value) {
        if (value == null) {
            return null;
        }
        if (value.indexOf('\u0000') >= 0) {
            return "must not contain the NUL character (U+0000)";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("must be Unicode text: a lone surrogate (U+%04X) cannot be stored", (int) c);
            }
        }
        return null;
    }
}

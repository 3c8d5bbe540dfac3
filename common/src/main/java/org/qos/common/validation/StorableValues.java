package org.qos.common.validation;

import java.time.OffsetDateTime;

/**
 * Values that PostgreSQL stores as they were sent, checked once for every request body and batch row; what it could
 * not store so is refused (400 naming the field) rather than failing the statement or being stored changed:
 * <ul>
 * <li>text never holds the NUL character (U+0000), and UTF-8 has no form for a lone surrogate (half of a pair, as a
 * JSON escape such as {@code \ud800} can give), which the driver would send as '?';</li>
 * <li>timestamps keep microseconds, so a finer fraction of a second (7 to 9 decimals that are not zeros) would be
 * rounded, possibly into the next second.</li>
 * </ul>
 */
public final class StorableValues {

    private StorableValues() {
    }

    /** What keeps {@code value} from being stored as sent, as a field error's message; null when nothing does. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("must be Unicode text: a lone surrogate (U+%04X) cannot be stored", (int) c);
            }
        }
        return null;
    }

    /** What keeps {@code at} from being stored as sent, as a field error's message; null when nothing does. */
    public static String timestamp(OffsetDateTime at) {
        if (at != null && at.getNano() % 1_000 != 0) {
            return "must give at most 6 decimals of a second (microseconds, what PostgreSQL keeps; it would round"
                    + " this value)";
        }
        return null;
    }
}

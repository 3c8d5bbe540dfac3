package org.qos.campaigns.batch;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Writes rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes), the
 * cheapest way to stream millions of rows into a table.
 */
public final class CopyRow {

    private final Writer out;
    /** Where numbers and timestamps are formatted (the longest: a timestamp, 35 characters). */
    private final char[] scratch = new char[40];
    private boolean first = true;

    CopyRow(Writer out) {
        this.out = out;
    }

    private void separator() throws IOException {
        if (!first) {
            out.write('\t');
        }
        first = false;
    }

    public CopyRow nul() throws IOException {
        separator();
        out.write("\\N");
        return this;
    }

    public CopyRow text(String value) throws IOException {
        if (value == null) {
            return nul();
        }
        separator();
        escape(value);
        return this;
    }

    public CopyRow uuid(UUID value) throws IOException {
        return value == null ? nul() : raw(value.toString());
    }

    public CopyRow number(BigDecimal value) throws IOException {
        return value == null ? nul() : raw(value.toPlainString());
    }

    public CopyRow number(Long value) throws IOException {
        return value == null ? nul() : raw(Long.toString(value));
    }

    /** Written digit by digit: the row number of every row takes this path, so it allocates nothing. */
    public CopyRow number(long value) throws IOException {
        separator();
        if (value == Long.MIN_VALUE) {
            out.write(Long.toString(value));
            return this;
        }
        int end = scratch.length;
        int at = end;
        long rest = Math.abs(value);
        do {
            scratch[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        if (value < 0) {
            scratch[--at] = '-';
        }
        out.write(scratch, at, end - at);
        return this;
    }

    public CopyRow bool(Boolean value) throws IOException {
        return value == null ? nul() : raw(value ? "t" : "f");
    }

    /**
     * ISO 8601 with its offset, {@code yyyy-MM-ddTHH:mm:ss[.fraction]±HH:MM}, written without building a string (one
     * timestamp on most rows); years outside 0001-9999 and offsets with seconds take {@link OffsetDateTime#toString}.
     */
    public CopyRow timestamp(OffsetDateTime value) throws IOException {
        if (value == null) {
            return nul();
        }
        int offsetSeconds = value.getOffset().getTotalSeconds();
        int year = value.getYear();
        if (year < 1 || year > 9999 || offsetSeconds % 60 != 0) {
            return raw(value.toString());
        }
        separator();
        int at = 0;
        at = digits(year, 4, at);
        scratch[at++] = '-';
        at = digits(value.getMonthValue(), 2, at);
        scratch[at++] = '-';
        at = digits(value.getDayOfMonth(), 2, at);
        scratch[at++] = 'T';
        at = digits(value.getHour(), 2, at);
        scratch[at++] = ':';
        at = digits(value.getMinute(), 2, at);
        scratch[at++] = ':';
        at = digits(value.getSecond(), 2, at);
        int nanos = value.getNano();
        if (nanos != 0) {
            // milli-, micro- or nanoseconds, as OffsetDateTime writes them
            scratch[at++] = '.';
            if (nanos % 1_000_000 == 0) {
                at = digits(nanos / 1_000_000, 3, at);
            } else if (nanos % 1000 == 0) {
                at = digits(nanos / 1000, 6, at);
            } else {
                at = digits(nanos, 9, at);
            }
        }
        scratch[at++] = offsetSeconds < 0 ? '-' : '+';
        int offsetMinutes = Math.abs(offsetSeconds) / 60;
        at = digits(offsetMinutes / 60, 2, at);
        scratch[at++] = ':';
        at = digits(offsetMinutes % 60, 2, at);
        out.write(scratch, 0, at);
        return this;
    }

    /** {@code value} (not negative) in {@code width} digits, zero-padded, at {@code at} of the scratch buffer. */
    private int digits(int value, int width, int at) {
        for (int i = at + width - 1; i >= at; i--) {
            scratch[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    /**
     * A value by its type: text, a number, a boolean, a timestamp with offset, a UUID, an enum constant (by name)
     * or a list of codes ({@link #codes}); null is NULL.
     */
    public CopyRow value(Object value) throws IOException {
        return switch (value) {
            case null -> nul();
            case String text -> text(text);
            case java.math.BigDecimal decimal -> number(decimal);
            case Number number -> raw(number.toString());
            case Boolean bool -> bool(bool);
            case OffsetDateTime timestamp -> timestamp(timestamp);
            case UUID uuid -> uuid(uuid);
            case Enum<?> constant -> raw(constant.name());
            case List<?> codes -> codes(codes.stream().map(String::valueOf).toList());
            default -> throw new IllegalArgumentException("no COPY text form for " + value.getClass().getName());
        };
    }

    /** A PostgreSQL text[] of simple codes (letters, digits, underscores: no quoting needed). */
    public CopyRow codes(List<String> values) throws IOException {
        if (values == null) {
            return nul();
        }
        separator();
        out.write('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String code = values.get(i);
            if (!code.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("not a code: " + code);
            }
            out.write(code);
        }
        out.write('}');
        return this;
    }

    /**
     * Starts a row with columns already in COPY text form (tab-separated, escaped), such as the campaign and batch
     * ids that every row of a batch repeats.
     */
    public CopyRow prefix(String copyText) throws IOException {
        separator();
        out.write(copyText);
        return this;
    }

    /** Ends the row. */
    public void end() throws IOException {
        out.write('\n');
        first = true;
    }

    private static boolean needsEscape(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    private CopyRow raw(String value) throws IOException {
        separator();
        out.write(value);
        return this;
    }

    private void escape(String value) throws IOException {
        int length = value.length();
        int first = 0;
        while (first < length && !needsEscape(value.charAt(first))) {
            first++;
        }
        if (first == length) {
            out.write(value);
            return;
        }
        out.write(value, 0, first);
        for (int i = first; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }
}

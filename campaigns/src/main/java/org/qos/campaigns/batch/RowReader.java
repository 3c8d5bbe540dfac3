package org.qos.campaigns.batch;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qos.common.problem.FieldError;
import org.qos.common.validation.StorableValues;

/**
 * One row of a batch, whatever its encoding. The typed getters never throw on bad input: they record a
 * {@link FieldError} naming the row and field and return null, so that every error of a row is reported.
 */
public abstract class RowReader {

    /** Longest number accepted, written out without exponent (so 1e-1000000000 is never expanded). */
    static final int MAX_DIGITS = 1000;

    /** The years a timestamp may have (in UTC): what PostgreSQL stores and ISO-8601 writes with four digits. */
    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;
    /** The first and last second of those years in UTC: the check costs no conversion per row. */
    private static final long FIRST_SECOND = java.time.LocalDateTime.of(MIN_YEAR, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long LAST_SECOND = java.time.LocalDateTime.of(MAX_YEAR, 12, 31, 23, 59, 59)
            .toEpochSecond(ZoneOffset.UTC);

    private final int row;
    private final List<FieldError> errors = new ArrayList<>(2);

    protected RowReader(int row) {
        this.row = row;
    }

    /** The 1-based data row. */
    public int row() {
        return row;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void error(String field, String message) {
        errors.add(new FieldError(row, field, message));
    }

    /** The JSON type a field must have (CSV cells are all text). */
    protected enum Kind { STRING, NUMBER, BOOLEAN }

    /**
     * The cell as text, null when absent, null or empty. A JSON value of another type than {@code kind} records
     * an error naming {@code expected} and gives null.
     */
    protected abstract String scalar(String field, Kind kind, String expected);

    /** The cell as a list of strings: a JSON array of strings, or a CSV cell separated by ';'. */
    protected abstract List<String> stringList(String field);

    private String required(String field, boolean required, Kind kind, String expected) {
        int errorsBefore = errors.size();
        String value = storable(field, scalar(field, kind, expected));
        // no value and nothing reported yet (a wrong type is not also reported missing; JSON "" is no value)
        if (value == null && required && errors.size() == errorsBefore) {
            error(field, "is required");
        }
        return value;
    }

    /** The value, or null with an error when PostgreSQL could not store it as sent ({@link StorableValues}). */
    private String storable(String field, String value) {
        String problem = StorableValues.text(value);
        if (problem != null) {
            error(field, problem);
            return null;
        }
        return value;
    }

    /** The list's items, each {@linkplain #storable storable}; null with an error otherwise. */
    private List<String> storable(String field, List<String> values) {
        if (values != null) {
            for (String value : values) {
                if (storable(field, value) == null && value != null) {
                    return null;
                }
            }
        }
        return values;
    }

    public String text(String field, boolean required, int maxLength) {
        String value = required(field, required, Kind.STRING, "a string");
        if (value != null && value.isBlank()) {
            if (required) {
                error(field, "must not be blank");
            }
            return null;
        }
        if (value != null && value.length() > maxLength) {
            error(field, "must have at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** A decimal number within [min, max]; NaN, infinities and non-numbers are errors. */
    public BigDecimal decimal(String field, boolean required, BigDecimal min, BigDecimal max) {
        String value = required(field, required, Kind.NUMBER, "a number");
        if (value == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            error(field, "must be a number, got '" + abbreviate(value) + "'");
            return null;
        }
        if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
            error(field, rangeMessage(min, max));
            return null;
        }
        if (plainDigits(number) > MAX_DIGITS) {
            error(field, "must have at most " + MAX_DIGITS + " digits, got '" + abbreviate(value) + "'");
            return null;
        }
        return number;
    }

    /** An integer within [min, max]. */
    public Long integer(String field, boolean required, long min, long max) {
        BigDecimal number = decimal(field, required, null, null);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            error(field, "must be a whole number, got " + abbreviate(number.toString()));
            return null;
        }
        long value;
        try {
            value = number.longValueExact();
        } catch (ArithmeticException e) {
            error(field, rangeMessage(BigDecimal.valueOf(min), BigDecimal.valueOf(max)));
            return null;
        }
        if (value < min || value > max) {
            error(field, rangeMessage(BigDecimal.valueOf(min), BigDecimal.valueOf(max)));
            return null;
        }
        return value;
    }

    public Boolean bool(String field, boolean required) {
        String value = required(field, required, Kind.BOOLEAN, "true or false");
        if (value == null) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                error(field, "must be true or false, got '" + abbreviate(value) + "'");
                yield null;
            }
        };
    }

    /** An ISO-8601 timestamp with an offset. */
    public OffsetDateTime timestamp(String field, boolean required) {
        String value = required(field, required, Kind.STRING, "an ISO-8601 timestamp with offset");
        if (value == null) {
            return null;
        }
        OffsetDateTime at = IsoTimestamps.parse(value);
        if (at == null) {
            try {
                at = OffsetDateTime.parse(value.trim());
            } catch (DateTimeParseException e) {
                error(field, "must be an ISO-8601 timestamp with offset, e.g. 2026-07-01T08:30:00+07:00, got '"
                        + abbreviate(value) + "'");
                return null;
            }
        }
        // what PostgreSQL stores and reads back as ISO text: years 0001 to 9999 (in UTC, as it is stored)
        long epochSecond = at.toEpochSecond();
        if (epochSecond < FIRST_SECOND || epochSecond > LAST_SECOND) {
            error(field, "must lie in the years 0001 to 9999 (UTC), got '" + abbreviate(value) + "'");
            return null;
        }
        String fraction = StorableValues.timestamp(at);
        if (fraction != null) {
            error(field, fraction + ", got '" + abbreviate(value) + "'");
            return null;
        }
        return at;
    }

    /** One of the allowed codes. */
    public String code(String field, boolean required, Set<String> allowed) {
        String value = required(field, required, Kind.STRING, "one of " + sorted(allowed));
        if (value != null && !allowed.contains(value)) {
            error(field, "must be one of " + sorted(allowed) + ", got '" + abbreviate(value) + "'");
            return null;
        }
        return value;
    }

    /** A list of codes, each one of the allowed ones, without repeats; an absent list is empty. */
    public List<String> codes(String field, Set<String> allowed) {
        List<String> values = storable(field, stringList(field));
        if (values == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>(values.size());
        for (String value : values) {
            if (!allowed.contains(value)) {
                error(field, "has '" + abbreviate(value) + "'; each must be one of " + sorted(allowed));
                return List.of();
            }
            if (result.contains(value)) {
                error(field, "lists '" + value + "' twice");
                return List.of();
            }
            result.add(value);
        }
        return result;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static String rangeMessage(BigDecimal min, BigDecimal max) {
        if (min != null && max != null) {
            return "must be between " + min.toPlainString() + " and " + max.toPlainString();
        }
        return min != null ? "must be at least " + min.toPlainString() : "must be at most " + max.toPlainString();
    }

    private static long plainDigits(BigDecimal number) {
        long precision = number.precision();
        long scale = number.scale();
        return scale <= 0 ? precision - scale : Math.max(precision, scale + 1);
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}

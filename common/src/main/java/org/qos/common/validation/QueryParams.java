package org.qos.common.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.qos.common.paging.PageRequest;
import org.qos.common.problem.ProblemException;

/**
 * The one way query parameters are read: resources take them as text and convert them here, so that a malformed
 * value is a 400 problem naming the parameter (a JAX-RS conversion failure would answer 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO-8601 date ({@code 2026-07-01}), or null when absent or empty. */
    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date as YYYY-MM-DD, e.g. 2026-07-01");
        }
    }

    /** A whole number, or {@code absent} when the parameter is absent or empty. */
    public static int integer(String name, String raw, int absent) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a whole number from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE);
        }
    }

    /** {@code true} or {@code false}, or {@code absent} when the parameter is absent or empty. */
    public static boolean flag(String name, String raw, boolean absent) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField(name, "must be true or false");
        };
    }

    /** One of the constants of {@code type}, by name, or null when the parameter is absent or empty. */
    public static <E extends Enum<E>> E code(String name, String raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        throw ProblemException.invalidField(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** The page of a list from {@code page} and {@code size}. */
    public static PageRequest page(String page, String size) {
        return PageRequest.of(integer("page", page, 0), integer("size", size, PageRequest.DEFAULT_SIZE));
    }
}

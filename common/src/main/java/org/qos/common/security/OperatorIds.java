package org.qos.common.security;

import java.util.List;
import java.util.regex.Pattern;

import org.qos.common.problem.FieldError;

/**
 * The form of an operator id, the tenancy key of every row: 1 to 32 upper-case letters, digits, '-' or '_',
 * starting with a letter or digit. Checked wherever one arrives, in a body or in a query parameter.
 */
public final class OperatorIds {

    /** The message of a field error for an id of another form. */
    public static final String FORM = "must be 1 to 32 upper-case letters, digits, '-' or '_'";

    private static final Pattern PATTERN = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    private OperatorIds() {
    }

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    /** Adds the error of a required {@code field} that is missing or of another form. */
    public static void check(String field, String value, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.of(field, "is required"));
        } else if (!isValid(value)) {
            errors.add(FieldError.of(field, FORM));
        }
    }
}

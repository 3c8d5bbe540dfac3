package org.qos.common.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;

/**
 * The one check of a range of dates, for campaign periods ({@code periodStart}/{@code periodEnd}) and query windows
 * ({@code from}/{@code to}) alike: bounds present where required, and the end not before the start.
 */
public final class DateRanges {

    private DateRanges() {
    }

    /** Adds the errors of the range [start, end] named by its two fields; both bounds required. */
    public static void checkRequired(String startField, LocalDate start, String endField, LocalDate end,
            List<FieldError> errors) {
        if (start == null) {
            errors.add(FieldError.of(startField, "is required"));
        }
        if (end == null) {
            errors.add(FieldError.of(endField, "is required"));
        }
        checkOrder(startField, start, endField, end, errors);
    }

    /** Adds an error when both bounds are given and the end lies before the start. */
    public static void checkOrder(String startField, LocalDate start, String endField, LocalDate end,
            List<FieldError> errors) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(FieldError.of(endField, "must not be before " + startField));
        }
    }

    /** 400 unless the optional window [from, to] is in order. */
    public static void requireOrdered(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        checkOrder("from", from, "to", to, errors);
        ProblemException.throwIfAny(errors);
    }

    /** 400 unless the window [from, to] has both bounds, in order. */
    public static void requireWindow(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        checkRequired("from", from, "to", to, errors);
        ProblemException.throwIfAny(errors);
    }
}

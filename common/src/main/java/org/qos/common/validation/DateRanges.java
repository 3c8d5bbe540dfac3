package org.qos.common.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;

/**
 * The one check of a range of dates, for campaign periods ({@code periodStart}/{@code periodEnd}) and query windows
 * ({@code from}/{@code to}) alike: bounds present where required, and the end not before the start. A campaign's or
 * audit's period ({@link #checkPeriod}) is bounded as well: at most {@value #MAX_PERIOD_DAYS} days, its dates between
 * {@link #EARLIEST} and {@link #LATEST}; query windows are not.
 */
public final class DateRanges {

    /** Longest period of a campaign or an invoice audit, in days ({@code end - start + 1}): a leap year. */
    public static final int MAX_PERIOD_DAYS = 366;
    /** Earliest date of a campaign's or audit's period. */
    public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    /** Latest date of a campaign's or audit's period. */
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

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

    /**
     * Adds the errors of a campaign's or audit's period [start, end]: both bounds required, in order, each between
     * {@link #EARLIEST} and {@link #LATEST}, and at most {@value #MAX_PERIOD_DAYS} days long (an error on the end).
     */
    public static void checkPeriod(String startField, LocalDate start, String endField, LocalDate end,
            List<FieldError> errors) {
        int before = errors.size();
        checkRequired(startField, start, endField, end, errors);
        checkBounds(startField, start, errors);
        checkBounds(endField, end, errors);
        if (errors.size() == before) {
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            if (days > MAX_PERIOD_DAYS) {
                errors.add(FieldError.of(endField, "the period from " + startField + " to " + endField + " spans "
                        + days + " days; at most " + MAX_PERIOD_DAYS + " are allowed"));
            }
        }
    }

    private static void checkBounds(String field, LocalDate date, List<FieldError> errors) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            errors.add(FieldError.of(field, "must be between " + EARLIEST + " and " + LATEST));
        }
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

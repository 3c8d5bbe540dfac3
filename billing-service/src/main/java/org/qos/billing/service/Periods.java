package org.qos.billing.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import org.qos.common.problem.FieldError;

/** Checks shared by campaigns and audits. */
final class Periods {

    static final Pattern OPERATOR_ID = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    private Periods() {
    }

    static void check(String operatorId, LocalDate periodStart, LocalDate periodEnd, List<FieldError> errors) {
        if (operatorId == null) {
            errors.add(FieldError.of("operatorId", "is required"));
        } else if (!OPERATOR_ID.matcher(operatorId).matches()) {
            errors.add(FieldError.of("operatorId", "must be 1 to 32 upper-case letters, digits, '-' or '_'"));
        }
        if (periodStart == null) {
            errors.add(FieldError.of("periodStart", "is required"));
        }
        if (periodEnd == null) {
            errors.add(FieldError.of("periodEnd", "is required"));
        }
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            errors.add(FieldError.of("periodEnd", "must not be before periodStart"));
        }
    }

    /** The first UTC month whose partition a period's data may need (the period in +07:00 starts the day before in UTC). */
    static YearMonth firstMonth(LocalDate periodStart) {
        return YearMonth.from(periodStart.minusDays(1));
    }

    static YearMonth lastMonth(LocalDate periodEnd) {
        return YearMonth.from(periodEnd.plusDays(1));
    }
}

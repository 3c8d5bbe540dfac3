package org.qos.billing.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.qos.common.problem.FieldError;
import org.qos.common.security.OperatorIds;

/** Checks shared by campaigns and audits. */
final class Periods {


    private Periods() {
    }

    static void check(String operatorId, LocalDate periodStart, LocalDate periodEnd, List<FieldError> errors) {
        OperatorIds.check("operatorId", operatorId, errors);
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

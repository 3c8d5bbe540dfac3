package org.qos.common.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;

class DateRangesTest {

    private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate SEPT_30 = LocalDate.of(2026, 9, 30);

    private static List<FieldError> required(LocalDate start, LocalDate end) {
        List<FieldError> errors = new ArrayList<>();
        DateRanges.checkRequired("periodStart", start, "periodEnd", end, errors);
        return errors;
    }

    @Test
    void aRangeInOrderHasNoErrors() {
        assertEquals(List.of(), required(JULY_1, SEPT_30));
        assertEquals(List.of(), required(JULY_1, JULY_1), "a one-day range");
    }

    @Test
    void missingBoundsAreEachNamed() {
        assertEquals(List.of(FieldError.of("periodStart", "is required")), required(null, SEPT_30));
        assertEquals(List.of(FieldError.of("periodEnd", "is required")), required(JULY_1, null));
        assertEquals(List.of(FieldError.of("periodStart", "is required"), FieldError.of("periodEnd", "is required")),
                required(null, null));
    }

    @Test
    void anEndBeforeTheStartNamesTheEnd() {
        assertEquals(List.of(FieldError.of("periodEnd", "must not be before periodStart")),
                required(SEPT_30, JULY_1));
        assertEquals(List.of(FieldError.of("periodEnd", "must not be before periodStart")),
                required(JULY_1, JULY_1.minusDays(1)));
    }

    @Test
    void errorsAreAddedToThoseAlreadyFound() {
        List<FieldError> errors = new ArrayList<>(List.of(FieldError.of("label", "is required")));
        DateRanges.checkOrder("from", SEPT_30, "to", JULY_1, errors);
        assertEquals(List.of(FieldError.of("label", "is required"), FieldError.of("to", "must not be before from")),
                errors);
        DateRanges.checkOrder("from", null, "to", JULY_1, errors);
        DateRanges.checkOrder("from", JULY_1, "to", null, errors);
        assertEquals(2, errors.size(), "an open bound is never out of order");
    }

    @Test
    void anOptionalWindow() {
        assertDoesNotThrow(() -> DateRanges.requireOrdered(null, null));
        assertDoesNotThrow(() -> DateRanges.requireOrdered(JULY_1, null));
        assertDoesNotThrow(() -> DateRanges.requireOrdered(null, JULY_1));
        assertDoesNotThrow(() -> DateRanges.requireOrdered(JULY_1, SEPT_30));
        ProblemException e = assertThrows(ProblemException.class, () -> DateRanges.requireOrdered(SEPT_30, JULY_1));
        assertEquals(400, e.problem().status());
        assertEquals(List.of(FieldError.of("to", "must not be before from")), e.problem().errors());
    }

    @Test
    void aRequiredWindow() {
        assertDoesNotThrow(() -> DateRanges.requireWindow(JULY_1, SEPT_30));
        ProblemException missing = assertThrows(ProblemException.class, () -> DateRanges.requireWindow(null, null));
        assertEquals(List.of(FieldError.of("from", "is required"), FieldError.of("to", "is required")),
                missing.problem().errors());
        ProblemException reversed = assertThrows(ProblemException.class, () -> DateRanges.requireWindow(SEPT_30, JULY_1));
        assertEquals(List.of(FieldError.of("to", "must not be before from")), reversed.problem().errors());
    }

    private static List<FieldError> period(LocalDate start, LocalDate end) {
        List<FieldError> errors = new ArrayList<>();
        DateRanges.checkPeriod("periodStart", start, "periodEnd", end, errors);
        return errors;
    }

    @Test
    void aPeriodSpansAtMost366Days() {
        assertEquals(List.of(), period(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)), "a leap year: 366 days");
        assertEquals(List.of(), period(JULY_1, JULY_1.plusDays(365)));
        assertEquals(List.of(FieldError.of("periodEnd", "the period from periodStart to periodEnd spans 367 days;"
                + " at most 366 are allowed")), period(JULY_1, JULY_1.plusDays(366)));
        List<FieldError> absurd = period(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
        assertEquals(List.of(FieldError.of("periodStart", "must be between 1970-01-01 and 2999-12-31"),
                FieldError.of("periodEnd", "must be between 1970-01-01 and 2999-12-31")), absurd,
                "dates out of bounds are named; the length is judged only on a period otherwise valid");
        assertEquals("periodEnd", period(LocalDate.of(1970, 1, 1), LocalDate.of(2999, 12, 31)).get(0).field());
    }

    @Test
    void aPeriodIsCheckedLikeARequiredRangeFirst() {
        assertEquals(List.of(FieldError.of("periodStart", "is required")), period(null, SEPT_30));
        assertEquals(List.of(FieldError.of("periodEnd", "must not be before periodStart")), period(SEPT_30, JULY_1));
    }
}

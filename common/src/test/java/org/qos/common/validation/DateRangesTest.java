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
}

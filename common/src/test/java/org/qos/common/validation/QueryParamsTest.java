package org.qos.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;
import org.qos.common.problem.ProblemException;

class QueryParamsTest {

    @Test
    void aCodeIsAConstantByItsExactName() {
        assertEquals(DayOfWeek.MONDAY, QueryParams.code("day", "MONDAY", DayOfWeek.class));
        assertNull(QueryParams.code("day", null, DayOfWeek.class));
        assertNull(QueryParams.code("day", "", DayOfWeek.class));
    }

    @Test
    void anUnknownCodeIsA400NamingTheParameterAndTheChoices() {
        ProblemException e = assertThrows(ProblemException.class, () -> QueryParams.code("day", "monday", DayOfWeek.class));
        assertEquals("day", e.problem().errors().get(0).field());
        assertEquals("must be one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]",
                e.problem().errors().get(0).message());
    }
}

package org.qos.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;

class QueryParamsTest {

    /** The 400 names the parameter, and only it. */
    private static FieldError rejected(String parameter, Executable parse) {
        ProblemException e = assertThrows(ProblemException.class, parse);
        assertEquals(400, e.problem().status());
        assertEquals(1, e.problem().errors().size());
        FieldError error = e.problem().errors().get(0);
        assertEquals(parameter, error.field());
        assertNull(error.row());
        assertTrue(e.problem().detail().startsWith(parameter + ": "), e.problem().detail());
        return error;
    }

    @Test
    void datesAreIso() {
        assertEquals(LocalDate.of(2026, 7, 1), QueryParams.date("from", "2026-07-01"));
        assertNull(QueryParams.date("from", null));
        assertNull(QueryParams.date("from", ""));
        for (String bad : new String[] {"yesterday", "2026-13-01", "2026-02-30", "01/07/2026", "2026-7-1", " 2026-07-01",
                "2026-07-01T00:00:00Z"}) {
            FieldError error = rejected("to", () -> QueryParams.date("to", bad));
            assertTrue(error.message().contains("YYYY-MM-DD"), error.message());
        }
    }

    @Test
    void integers() {
        assertEquals(7, QueryParams.integer("size", "7", 100));
        assertEquals(-3, QueryParams.integer("size", "-3", 100));
        assertEquals(100, QueryParams.integer("size", null, 100));
        assertEquals(100, QueryParams.integer("size", "", 100));
        for (String bad : new String[] {"abc", "1.5", "1e3", "2147483648", " 1", "0x10"}) {
            rejected("page", () -> QueryParams.integer("page", bad, 0));
        }
    }

    @Test
    void flagsAreTrueOrFalseExactly() {
        assertTrue(QueryParams.flag("dryRun", "true", false));
        assertFalse(QueryParams.flag("dryRun", "false", true));
        assertTrue(QueryParams.flag("dryRun", null, true));
        assertFalse(QueryParams.flag("dryRun", "", false));
        for (String bad : new String[] {"TRUE", "yes", "1", "maybe"}) {
            rejected("dryRun", () -> QueryParams.flag("dryRun", bad, false));
        }
    }

    @Test
    void pages() {
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), QueryParams.page(null, null));
        assertEquals(new PageRequest(2, 10), QueryParams.page("2", "10"));
        assertEquals(20, QueryParams.page("2", "10").offset());
        rejected("page", () -> QueryParams.page("abc", "10"));
        rejected("size", () -> QueryParams.page("0", "ten"));
        rejected("page", () -> QueryParams.page("-1", "10"));
        rejected("size", () -> QueryParams.page("0", "0"));
        rejected("size", () -> QueryParams.page("0", String.valueOf(PageRequest.MAX_SIZE + 1)));
        assertEquals(PageRequest.MAX_SIZE, QueryParams.page("0", String.valueOf(PageRequest.MAX_SIZE)).size());
    }

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

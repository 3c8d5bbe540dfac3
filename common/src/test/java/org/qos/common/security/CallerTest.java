package org.qos.common.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

/** Tenancy rules of a resolved caller (resolving one from a token needs Quarkus security and is tested there). */
class CallerTest {

    private static final Caller REGULATOR = new Caller("vnta", true, null);
    private static final Caller ALPHA = new Caller("alpha", false, "ALPHA");

    @Test
    void regulatorMayAccessEveryOperator() {
        assertTrue(REGULATOR.mayAccess("ALPHA"));
        assertTrue(REGULATOR.mayAccess("BETA"));
        assertDoesNotThrow(() -> REGULATOR.checkAccess("BETA"));
    }

    @Test
    void operatorMayAccessOnlyItsOwnData() {
        assertTrue(ALPHA.mayAccess("ALPHA"));
        assertFalse(ALPHA.mayAccess("BETA"));
        assertFalse(ALPHA.mayAccess("alpha"), "operator ids are compared exactly");
        ProblemException e = assertThrows(ProblemException.class, () -> ALPHA.checkAccess("BETA"));
        assertEquals(ProblemType.FORBIDDEN.uri(), e.problem().type());
        assertEquals(403, e.problem().status());
    }

    @Test
    void listScopeOfTheRegulator() {
        assertNull(REGULATOR.listScope(null));
        assertNull(REGULATOR.listScope(" "));
        assertEquals("BETA", REGULATOR.listScope("BETA"));
    }

    @Test
    void listScopeOfAnOperator() {
        assertEquals("ALPHA", ALPHA.listScope(null));
        assertEquals("ALPHA", ALPHA.listScope(""));
        assertEquals("ALPHA", ALPHA.listScope("ALPHA"));
        ProblemException e = assertThrows(ProblemException.class, () -> ALPHA.listScope("BETA"));
        assertEquals(403, e.problem().status());
    }

    @Test
    void aMalformedOperatorIdInAListingIs400ForEveryCaller() {
        for (Caller caller : new Caller[] {REGULATOR, ALPHA}) {
            for (String malformed : new String[] {"' OR 1=1 --", "alpha", "../ALPHA", "A".repeat(33), "-A"}) {
                ProblemException e = assertThrows(ProblemException.class, () -> caller.listScope(malformed),
                        caller.name() + " " + malformed);
                assertEquals(400, e.problem().status());
                assertEquals("operatorId", e.problem().errors().get(0).field());
            }
        }
        assertEquals("A".repeat(32), REGULATOR.listScope("A".repeat(32)));
        assertEquals("BETA-2_X", REGULATOR.listScope("BETA-2_X"));
    }

    @Test
    void anonymousIsUnauthorized() {
        ProblemException e = assertThrows(ProblemException.class, () -> Caller.of(null));
        assertEquals(ProblemType.UNAUTHORIZED.uri(), e.problem().type());
        assertEquals(401, e.problem().status());
    }
}

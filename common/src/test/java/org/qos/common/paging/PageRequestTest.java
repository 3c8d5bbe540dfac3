package org.qos.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

class PageRequestTest {

    @Test
    void defaults() {
        PageRequest request = PageRequest.of(null, null);
        assertEquals(0, request.page());
        assertEquals(100, request.size());
        assertEquals(PageRequest.DEFAULT_SIZE, request.size());
        assertEquals(0, request.offset());
    }

    @Test
    void givenValues() {
        PageRequest request = PageRequest.of(3, 25);
        assertEquals(3, request.page());
        assertEquals(25, request.size());
        assertEquals(75, request.offset());
        assertEquals(100, PageRequest.of(1, null).offset());
    }

    @Test
    void boundsAreInclusive() {
        assertEquals(1, PageRequest.of(0, 1).size());
        assertEquals(1000, PageRequest.of(0, 1000).size());
        assertEquals(PageRequest.MAX_SIZE, PageRequest.of(null, PageRequest.MAX_SIZE).size());
    }

    @Test
    void offsetDoesNotOverflow() {
        assertEquals(2_147_483_647_000L, PageRequest.of(Integer.MAX_VALUE, 1000).offset());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1001, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void sizeOutOfBoundsIsRejected(int size) {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(0, size));
        assertInvalid(e, "size", "between 1 and 1000");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void negativePageIsRejected(int page) {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(page, null));
        assertInvalid(e, "page", "0 or more");
    }

    private static void assertInvalid(ProblemException e, String field, String messagePart) {
        assertEquals(ProblemType.INVALID_REQUEST.uri(), e.problem().type());
        assertEquals(400, e.problem().status());
        assertEquals(1, e.problem().errors().size());
        FieldError error = e.problem().errors().get(0);
        assertEquals(field, error.field());
        assertEquals(null, error.row());
        assertEquals(true, error.message().contains(messagePart), error.message());
    }
}

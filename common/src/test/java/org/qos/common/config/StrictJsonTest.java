package org.qos.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Request(String subject, Boolean written, Long subscriberCount, BigDecimal thresholdDbm) {
    }

    record CommentRequest(String subject, @Schema(nullable = true) String comment) {
    }

    /** Not a request body: what a service reads from another may carry nulls. */
    record Result(String subject) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule()); // as Quarkus registers it
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void valuesOfTheirOwnTypeAreRead() throws Exception {
        Request request = mapper.readValue(
                "{\"subject\":\"billing\",\"written\":true,\"subscriberCount\":120000,\"thresholdDbm\":-95}", Request.class);
        assertEquals(new Request("billing", true, 120_000L, new BigDecimal("-95")), request);
        assertEquals(new BigDecimal("-95.5"), mapper.readValue("{\"thresholdDbm\":-95.5}", Request.class).thresholdDbm());
    }

    @Test
    void nothingIsCoerced() {
        for (String body : new String[] {"{\"subject\":false}", "{\"subject\":12}", "{\"subject\":1.5}",
                "{\"written\":0}", "{\"written\":\"true\"}", "{\"subscriberCount\":1.9}",
                "{\"subscriberCount\":2.5e-42}", "{\"subscriberCount\":\"12\"}", "{\"thresholdDbm\":\"-95\"}"}) {
            assertThrows(MismatchedInputException.class, () -> mapper.readValue(body, Request.class), body);
        }
    }

    @Test
    void textThatCouldNotBeStoredAsSentIsRefusedAndNamesTheField() throws Exception {
        for (String[] text : new String[][] {{"a\\u0000b", "NUL"}, {"a\\ud800b", "lone surrogate (U+D800)"},
                {"\\udc00", "lone surrogate (U+DC00)"}, {"a\\ud83d", "lone surrogate (U+D83D)"}}) {
            for (Class<?> type : new Class<?>[] {Request.class, Result.class}) {
                UnstorableValueException refused = assertThrows(UnstorableValueException.class,
                        () -> mapper.readValue("{\"subject\":\"" + text[0] + "\"}", type), text[0]);
                assertEquals("subject", refused.getPath().get(0).getFieldName());
                assertTrue(refused.getOriginalMessage().contains(text[1]), refused.getOriginalMessage());
            }
        }
        // a whole pair is text like any other; a non-text value is still not coerced
        assertEquals("a😀", mapper.readValue("{\"subject\":\"a\\ud83d\\ude00\"}", Request.class).subject());
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"subject\":false}", Request.class));
    }

    @Test
    void aFieldGivenTwiceIsRefusedNotOverwritten() {
        JsonParseException refused = assertThrows(JsonParseException.class,
                () -> mapper.readValue("{\"subject\":\"first\",\"subject\":\"second\"}", Request.class));
        // the problem mapper reads the field's name from this message
        assertEquals("Duplicate field 'subject'", refused.getOriginalMessage());
    }

    record Received(OffsetDateTime receivedAt) {
    }

    @Test
    void aTimestampPostgreSqlWouldRoundIsRefusedAndNamesTheField() throws Exception {
        for (String at : new String[] {"2026-07-01T09:15:00.9999999+07:00", "2026-07-01T09:15:00.123456789Z",
                "2026-07-01T09:15:00.0000001+07:00"}) {
            UnstorableValueException refused = assertThrows(UnstorableValueException.class,
                    () -> mapper.readValue("{\"receivedAt\":\"" + at + "\"}", Received.class), at);
            assertEquals("receivedAt", refused.getPath().get(0).getFieldName());
            assertTrue(refused.getOriginalMessage().contains("6 decimals"), refused.getOriginalMessage());
        }
        // microseconds, or nanoseconds that are whole microseconds, are kept as sent
        for (String at : new String[] {"2026-07-01T09:15:00.123456+07:00", "2026-07-01T09:15:00.123456000+07:00"}) {
            assertEquals(OffsetDateTime.parse(at).toInstant(),
                    mapper.readValue("{\"receivedAt\":\"" + at + "\"}", Received.class).receivedAt().toInstant());
        }
    }

    @Test
    void anExplicitNullIsRefusedAndNamesTheField() {
        InvalidNullException refused = assertThrows(InvalidNullException.class,
                () -> mapper.readValue("{\"subject\":\"x\",\"subscriberCount\":null}", Request.class));
        assertEquals("subscriberCount", refused.getPath().get(0).getFieldName());
        assertThrows(InvalidNullException.class, () -> mapper.readValue("{\"subject\":null}", CommentRequest.class));
    }

    @Test
    void anAbsentFieldIsNullAndADeclaredNullableFieldTakesNull() throws Exception {
        assertEquals(new Request("x", null, null, null), mapper.readValue("{\"subject\":\"x\"}", Request.class));
        assertEquals(new CommentRequest("x", null),
                mapper.readValue("{\"subject\":\"x\",\"comment\":null}", CommentRequest.class));
        assertEquals(new Result(null), mapper.readValue("{\"subject\":null}", Result.class));
    }

    @Test
    void nullRefusalKeepsTheOtherChecks() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"subscriberCount\":1.9}", Request.class));
    }
}

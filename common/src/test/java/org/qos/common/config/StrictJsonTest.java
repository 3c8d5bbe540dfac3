package org.qos.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Request(String subject, Boolean written, Long subscriberCount, BigDecimal thresholdDbm) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
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
}

package org.qos.complaints.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.qos.complaints.rest.SupportCallRow;

/** The documented row of the OpenAPI document names exactly the fields the row schema reads, in their order. */
class RowDocumentationTest {

    @Test
    void supportCallRowNamesTheSchemasFields() {
        SupportCallSchema schema = new SupportCallSchema(Instant.MAX, "in the future");
        assertEquals(schema.fields(), Arrays.stream(SupportCallRow.class.getRecordComponents())
                .map(component -> component.getName()).toList());
        // in JSON a call without answeredAfterSeconds is abandoned; only callId and at are required
        assertEquals(List.of("callId", "at"), List.of(SupportCallRow.class.getAnnotation(Schema.class)
                .requiredProperties()));
        // a CSV header names every column, so that a missing column never makes every call abandoned
        assertEquals(List.of("callId", "at", "answeredAfterSeconds"), schema.requiredFields());
    }
}

package org.qos.complaints.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.qos.complaints.rest.SupportCallRow;

/** The documented row of the OpenAPI document names exactly the fields the row schema reads, in their order. */
class RowDocumentationTest {

    @Test
    void supportCallRowNamesTheSchemasFields() {
        assertEquals(SupportCallSchema.FIELDS, Arrays.stream(SupportCallRow.class.getRecordComponents())
                .map(component -> component.getName()).toList());
        // in JSON a call without answeredAfterSeconds is abandoned; only callId and at are required
        assertEquals(List.of("callId", "at"), List.of(SupportCallRow.class.getAnnotation(Schema.class)
                .requiredProperties()));
    }
}

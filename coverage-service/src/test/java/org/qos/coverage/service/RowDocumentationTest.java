package org.qos.coverage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.qos.coverage.rest.DriveTestSampleRow;
import org.qos.coverage.rest.StreetRow;

/** The documented rows of the OpenAPI document name exactly the fields the row schemas read, in their order. */
class RowDocumentationTest {

    static List<String> components(Class<? extends Record> row) {
        return Arrays.stream(row.getRecordComponents()).map(component -> component.getName()).toList();
    }

    static List<String> required(Class<?> row) {
        return List.of(row.getAnnotation(Schema.class).requiredProperties());
    }

    @Test
    void driveTestSampleRowNamesTheSchemasFields() {
        assertEquals(SampleSchema.FIELDS, components(DriveTestSampleRow.class));
        assertEquals(SampleSchema.REQUIRED, required(DriveTestSampleRow.class));
    }

    @Test
    void streetRowNamesTheSchemasFields() {
        assertEquals(StreetSchema.FIELDS, components(StreetRow.class));
        assertEquals(new StreetSchema().requiredFields(), required(StreetRow.class));
    }
}

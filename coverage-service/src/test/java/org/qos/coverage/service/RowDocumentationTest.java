package org.qos.coverage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.qos.common.profile.ProfileProducer;
import org.qos.coverage.domain.CoverageRules;
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
        SampleSchema schema = new SampleSchema(CoverageRules.from(ProfileProducer.shipped()));
        assertEquals(schema.fields(), components(DriveTestSampleRow.class));
        assertEquals(schema.requiredFields(), required(DriveTestSampleRow.class));
    }

    @Test
    void streetRowNamesTheSchemasFields() {
        StreetSchema schema = new StreetSchema();
        assertEquals(schema.fields(), components(StreetRow.class));
        assertEquals(schema.requiredFields(), required(StreetRow.class));
    }
}

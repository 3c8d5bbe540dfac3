package org.qos.voice.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.qos.common.profile.ProfileProducer;
import org.qos.voice.rest.ExpertOpinionRow;
import org.qos.voice.rest.ObjectiveCallRow;
import org.qos.voice.rest.SurveyResponseRow;
import org.qos.voice.domain.VoiceRules;
import org.qos.voice.rest.VoiceSampleRow;

/** The documented rows of the OpenAPI document name exactly the fields the row schemas read, in their order. */
class SampleRowDocumentationTest {

    private static final VoiceRules RULES = VoiceRules.from(ProfileProducer.shipped());

    static List<String> components(Class<? extends Record> row) {
        return Arrays.stream(row.getRecordComponents()).map(component -> component.getName()).toList();
    }

    static void documents(Class<? extends Record> row, List<String> fields) {
        assertEquals(fields, components(row), row.getSimpleName());
        List<String> required = List.of(row.getAnnotation(Schema.class).requiredProperties());
        assertTrue(fields.containsAll(required), row.getSimpleName() + " requires " + required);
    }

    @Test
    void objectiveCallRowNamesTheSchemasFields() {
        documents(ObjectiveCallRow.class, new ObjectiveCallSchema(RULES.instrument(VoiceRules.DEFAULT_INSTRUMENT), RULES).fields());
    }

    @Test
    void surveyResponseRowNamesTheSchemasFields() {
        SurveyResponseSchema schema = new SurveyResponseSchema(RULES);
        documents(SurveyResponseRow.class, schema.fields());
        assertEquals(List.of(SurveyResponseRow.class.getAnnotation(Schema.class).requiredProperties()),
                schema.requiredFields());
    }

    @Test
    void expertOpinionRowNamesTheSchemasFields() {
        documents(ExpertOpinionRow.class, new ExpertOpinionSchema(RULES).fields());
    }

    @Test
    void voiceSampleRowIsOneOfTheThree() {
        assertEquals(List.of(ObjectiveCallRow.class, SurveyResponseRow.class, ExpertOpinionRow.class),
                List.of(VoiceSampleRow.class.getAnnotation(Schema.class).oneOf()));
    }
}

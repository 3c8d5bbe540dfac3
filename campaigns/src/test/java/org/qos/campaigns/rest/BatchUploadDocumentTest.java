package org.qos.campaigns.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class BatchUploadDocumentTest {

    private static final String ROWS = """
            [{"callId": "C-1", "caller": "+84 24, ext. 5", "score": 24.0, "reasons": ["NOISE", "ECHO"], "note": null},
             {"callId": "C-2", "caller": "say \\"hi\\"", "score": 3}]""";

    /** An upload as the scanner gives it: the one @Content, an array of rows with a JSON example, under both types. */
    private static Operation upload() {
        MediaType rows = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Row")))
                .addExample("calls", OASFactory.createExample().value(ROWS));
        return OASFactory.createOperation().operationId("uploadRows").summary("Upload rows").description("Rows: ...")
                .addParameter(OASFactory.createParameter().name("id").in(org.eclipse.microprofile.openapi.models
                        .parameters.Parameter.In.PATH))
                .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                        .addMediaType("application/json", rows).addMediaType("text/csv", rows)))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse())
                        .addAPIResponse("400", OASFactory.createAPIResponse().description("Bad Request")));
    }

    private static OpenAPI document(Operation operation) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/test/campaigns/{id}/rows", OASFactory.createPathItem().POST(operation))
                .addPathItem("/api/v1/test/campaigns", OASFactory.createPathItem().POST(OASFactory.createOperation()
                        .operationId("createTest").requestBody(OASFactory.createRequestBody().content(OASFactory
                                .createContent().addMediaType("application/json", OASFactory.createMediaType()))))));
        new BatchUploadDocument().filterOpenAPI(openAPI);
        return openAPI;
    }

    @Test
    void theCsvFormIsAStringWhoseExampleIsTheJsonExampleWrittenAsCsv() {
        Operation upload = upload();
        document(upload);
        var media = upload.getRequestBody().getContent().getMediaTypes();
        assertEquals(List.of("application/json", "text/csv"), List.copyOf(media.keySet()));
        assertEquals(List.of(Schema.SchemaType.ARRAY), media.get("application/json").getSchema().getType());
        assertEquals(List.of(Schema.SchemaType.STRING), media.get("text/csv").getSchema().getType());
        assertEquals(String.join("\n", "callId,caller,score,reasons,note", "C-1,\"+84 24, ext. 5\",24.0,NOISE;ECHO,",
                "C-2,\"say \"\"hi\"\"\",3,,"), media.get("text/csv").getExamples().get("calls").getValue());
        assertEquals(ROWS, media.get("application/json").getExamples().get("calls").getValue());
        assertTrue(upload.getDescription().startsWith("Rows: ... The body: a JSON array of rows, or CSV"),
                upload.getDescription());
        assertTrue(upload.getDescription().contains("POST /api/v1/test/campaigns/{id}/rows/csv"),
                upload.getDescription());
    }

    @Test
    void anExampleTheScannerParsedIsWrittenAsCsvToo() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("callId", "C-1");
        first.put("score", 2.5);
        first.put("answered", null);
        first.put("onNet", true);
        assertEquals("callId,score,answered,onNet\nC-1,2.5,,true\nC-2,4,,false", BatchUploadDocument.csv(
                OASFactory.createExample().value(List.of(first, Map.of("callId", "C-2", "score", 4, "onNet", false)))));
    }

    @Test
    void everyUploadHasItsCsvOnlyTwinAndNothingElseHasOne() {
        Operation upload = upload();
        OpenAPI openAPI = document(upload);
        Operation twin = openAPI.getPaths().getPathItem("/api/v1/test/campaigns/{id}/rows/csv").getPOST();
        assertEquals("uploadRowsCsv", twin.getOperationId());
        assertEquals("Upload rows as CSV", twin.getSummary());
        assertEquals(List.of("text/csv"), List.copyOf(twin.getRequestBody().getContent().getMediaTypes().keySet()));
        assertSame(upload.getRequestBody().getContent().getMediaType("text/csv"),
                twin.getRequestBody().getContent().getMediaType("text/csv"));
        assertEquals(Boolean.TRUE, twin.getRequestBody().getRequired());
        assertEquals(upload.getParameters(), twin.getParameters());
        assertSame(upload.getResponses(), twin.getResponses());
        assertNull(upload.getResponses().getAPIResponse("400"), "Quarkus' JSON-only 400 is left to ApiContractFilter");
        assertTrue(twin.getDescription().startsWith("Rows: ... The same operation as POST /api/v1/test/campaigns/{id}/rows"),
                twin.getDescription());
        assertNull(openAPI.getPaths().getPathItem("/api/v1/test/campaigns/csv"));
        assertEquals(3, openAPI.getPaths().getPathItems().size());
    }
}

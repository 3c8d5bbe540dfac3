package org.qos.campaigns.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An upload as the service's OpenAPI document states it: on its path JSON first (an array of the row schema), then
 * text/csv (a string); on {@code <path>/csv} text/csv only; both with explicit operationIds and the same answers.
 */
public final class UploadDocument {

    private UploadDocument() {
    }

    public static JsonNode paths() {
        try {
            return new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                    .statusCode(200).extract().asString()).get("paths");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    public static void check(JsonNode paths, String path, String method, String operationId, String rowSchema) {
        JsonNode typed = paths.get(path).get(method);
        assertEquals(operationId, typed.get("operationId").asText(), path);
        JsonNode content = typed.get("requestBody").get("content");
        assertEquals(List.of("application/json", "text/csv"), names(content), path);
        assertEquals("array", content.at("/application~1json/schema/type").asText(), path);
        assertEquals("#/components/schemas/" + rowSchema, content.at("/application~1json/schema/items/$ref").asText(),
                path);
        assertEquals("string", content.at("/text~1csv/schema/type").asText(), path);

        JsonNode csv = paths.get(path + "/csv").get(method);
        assertEquals(operationId + "Csv", csv.get("operationId").asText(), path + "/csv");
        JsonNode csvContent = csv.get("requestBody").get("content");
        assertEquals(List.of("text/csv"), names(csvContent), path + "/csv");
        assertEquals("string", csvContent.at("/text~1csv/schema/type").asText(), path + "/csv");
        assertTrue(csvContent.at("/text~1csv/examples").size() > 0, path + "/csv");
        assertEquals(parameters(typed), parameters(csv), path + "/csv");
        assertEquals(names(typed.get("responses")), names(csv.get("responses")), path + "/csv");
    }

    private static List<String> parameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> names.add(parameter.get("name").asText()));
        return names;
    }
}

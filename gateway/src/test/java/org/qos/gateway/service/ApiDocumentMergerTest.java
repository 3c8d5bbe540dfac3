package org.qos.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class ApiDocumentMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode doc(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void schemasAlikeAreKeptOnceAndSchemasNamedAlikeButDifferentAreRenamedWithTheirReferences() throws Exception {
        JsonNode gateway = doc("{'openapi':'3.1.0','info':{'title':'gateway'},'paths':{'/api/v1/scorecards':{}},"
                + "'components':{'schemas':{'KpiResult':{'type':'object'}}}}");
        JsonNode voice = doc("{'paths':{'/api/v1/voice/campaigns':{'get':{'responses':{'200':{'content':{'application/json':"
                + "{'schema':{'$ref':'#/components/schemas/CampaignView'}}}}}}}},'tags':[{'name':'Voice'}],"
                + "'components':{'schemas':{'KpiResult':{'type':'object'},'CampaignView':{'properties':{'method':{}}}}}}");
        JsonNode coverage = doc("{'paths':{'/api/v1/coverage/campaigns':{'get':{'responses':{'200':{'content':{'application/json':"
                + "{'schema':{'$ref':'#/components/schemas/CampaignView'}}}}}}}},'tags':[{'name':'Voice'},{'name':'Coverage'}],"
                + "'components':{'schemas':{'CampaignView':{'properties':{'binMeters':{}}}}}}");
        Map<String, JsonNode> services = new LinkedHashMap<>();
        services.put("Voice", voice);
        services.put("Coverage", coverage);
        JsonNode merged = ApiDocumentMerger.merge(gateway, services, "https://qos.example.org");

        assertEquals("https://qos.example.org", merged.at("/servers/0/url").asText());
        assertEquals(3, merged.get("paths").size());
        JsonNode schemas = merged.at("/components/schemas");
        assertEquals(3, schemas.size(), "KpiResult once, CampaignView, CoverageCampaignView");
        assertTrue(schemas.at("/CampaignView/properties").has("method"));
        assertTrue(schemas.at("/CoverageCampaignView/properties").has("binMeters"));
        assertEquals("#/components/schemas/CoverageCampaignView", merged.at(
                "/paths/~1api~1v1~1coverage~1campaigns/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals(2, merged.get("tags").size());
        assertEquals("gateway", gateway.at("/info/title").asText(), "the inputs are not changed");
    }

    @Test
    void twoDocumentsServingOnePathIsAnError() throws Exception {
        JsonNode gateway = doc("{'paths':{'/api/v1/voice/x':{}}}");
        assertThrows(IllegalStateException.class, () -> ApiDocumentMerger.merge(gateway,
                Map.of("Voice", doc("{'paths':{'/api/v1/voice/x':{}}}")), "http://127.0.0.1:8080"));
    }
}

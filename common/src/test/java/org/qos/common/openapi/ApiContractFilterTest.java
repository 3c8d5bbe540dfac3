package org.qos.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;


class ApiContractFilterTest {

    private static Operation returning(boolean array) {
        Schema schema = OASFactory.createSchema().addType(array ? Schema.SchemaType.ARRAY : Schema.SchemaType.OBJECT);
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200",
                OASFactory.createAPIResponse().content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(schema)))));
    }

    @Test
    void operationIdsSayWhatTheOperationDoesToWhat() {
        assertEquals("listVoiceCampaigns", id(HttpMethod.GET, "/api/v1/voice/campaigns", returning(true)));
        assertEquals("createVoiceCampaign", id(HttpMethod.POST, "/api/v1/voice/campaigns", returning(false)));
        assertEquals("getVoiceCampaign", id(HttpMethod.GET, "/api/v1/voice/campaigns/{id}", returning(false)));
        assertEquals("uploadVoiceCampaignSamples", id(HttpMethod.POST, "/api/v1/voice/campaigns/{id}/samples", returning(false)));
        assertEquals("closeVoiceCampaign", id(HttpMethod.POST, "/api/v1/voice/campaigns/{id}/close", returning(false)));
        assertEquals("getVoiceCampaignResult", id(HttpMethod.GET, "/api/v1/voice/campaigns/{id}/result", returning(false)));
        assertEquals("listBillingCampaignResult", id(HttpMethod.GET, "/api/v1/billing/campaigns/{id}/result", returning(true)));
        assertEquals("listBillingInvoiceAuditBatches",
                id(HttpMethod.GET, "/api/v1/billing/invoice-audits/{id}/batches", returning(true)));
        assertEquals("replaceCoverageAreaStreets", id(HttpMethod.PUT, "/api/v1/coverage/areas/{areaCode}/streets", returning(false)));
    }

    @Test
    void whatAnAnswerAlwaysCarriesIsRequiredAndRequestsAreLeftAsTheyAre() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        var schemas = OASFactory.createComponents()
                .addSchema("View", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("id", text)
                        .addProperty("note", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL)))
                        .addProperty("target", OASFactory.createSchema().addAnyOf(OASFactory.createSchema().ref("#/components/schemas/Target"))
                                .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL)))
                        .addProperty("tags", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(text)))
                .addSchema("Sparse", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("id", text).addProperty("closedAt", text).required(List.of("id")))
                .addSchema("Request", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("name", text).addProperty("part", OASFactory.createSchema().ref("#/components/schemas/Part")))
                .addSchema("Part", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).addProperty("x", text));
        var api = OASFactory.createOpenAPI().components(schemas).paths(OASFactory.createPaths().addPathItem("/api/v1/things",
                OASFactory.createPathItem().POST(OASFactory.createOperation()
                        .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent().addMediaType(
                                "application/json", OASFactory.createMediaType().schema(
                                        OASFactory.createSchema().ref("#/components/schemas/Request")))))
                        .responses(OASFactory.createAPIResponses().addAPIResponse("201", OASFactory.createAPIResponse()
                                .description("created").content(OASFactory.createContent().addMediaType("application/json",
                                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/View")))))))));
        new ApiContractFilter().filterOpenAPI(api);
        assertEquals(List.of("id", "tags"), api.getComponents().getSchemas().get("View").getRequired());
        assertEquals(List.of("id"), api.getComponents().getSchemas().get("Sparse").getRequired());
        assertNull(api.getComponents().getSchemas().get("Request").getRequired());
        assertNull(api.getComponents().getSchemas().get("Part").getRequired());
    }

    @Test
    void everyUploadDocuments408413429And503WithRetryAfterAndABodyDocuments413() {
        Operation upload = returning(false).requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType())
                .addMediaType("text/csv", OASFactory.createMediaType())));
        Operation create = returning(false).requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType())));
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/voice/campaigns/{id}/samples", OASFactory.createPathItem().POST(upload))
                .addPathItem("/api/v1/voice/campaigns", OASFactory.createPathItem().POST(create)));
        new ApiContractFilter().filterOpenAPI(openAPI);

        APIResponses uploads = upload.getResponses();
        for (String status : new String[] {"400", "404", "408", "413", "415", "429", "503"}) {
            assertTrue(uploads.hasAPIResponse(status), "the upload lacks " + status);
            assertNotNull(uploads.getAPIResponse(status).getContent().getMediaType("application/problem+json"), status);
        }
        assertTrue(uploads.getAPIResponse("429").getHeaders().containsKey("Retry-After"));
        assertTrue(uploads.getAPIResponse("503").getHeaders().containsKey("Retry-After"));
        APIResponses creates = create.getResponses();
        assertTrue(creates.hasAPIResponse("413"));
        assertFalse(creates.hasAPIResponse("408"));
        assertFalse(creates.hasAPIResponse("429"));
    }

    private static String id(HttpMethod method, String path, Operation operation) {
        return ApiContractFilter.operationId(method, path, operation);
    }
}

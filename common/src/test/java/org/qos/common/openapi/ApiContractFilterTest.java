package org.qos.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema;
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

    private static String id(HttpMethod method, String path, Operation operation) {
        return ApiContractFilter.operationId(method, path, operation);
    }
}

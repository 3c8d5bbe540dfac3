package org.qos.voice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The CSV-only upload for generated clients: POST .../samples/csv takes text/csv and nothing else. */
@QuarkusTest
class CsvUploadResourceTest {

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void csvPostedToTheCsvPathIsStored() {
        String id = VoiceCampaignResourceTest.createCampaign("ALPHA", "OBJECTIVE", "");
        given().contentType("text/csv").body(VoiceCampaignResourceTest.objectiveCsv("CSV", 3, 2))
                .post("/api/v1/voice/campaigns/{id}/samples/csv", id)
                .then().statusCode(200).body("accepted", equalTo(3)).body("batchId", notNullValue());
        assertEquals(3, VoiceCampaignResourceTest.total(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void csvPathTakesTheUploadParameters() {
        String id = VoiceCampaignResourceTest.createCampaign("ALPHA", "OBJECTIVE", "");
        given().contentType("text/csv").queryParam("dryRun", "true")
                .body(VoiceCampaignResourceTest.objectiveCsv("DRY", 2, 2))
                .post("/api/v1/voice/campaigns/{id}/samples/csv", id)
                .then().statusCode(200).body("accepted", equalTo(2)).body("dryRun", equalTo(true));
        assertEquals(0, VoiceCampaignResourceTest.total(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void jsonPostedToTheCsvPathIs415() {
        String id = VoiceCampaignResourceTest.createCampaign("ALPHA", "OBJECTIVE", "");
        given().contentType(ContentType.JSON)
                .body("[{\"callId\": \"J1\", \"startedAt\": \"2026-07-01T08:30:00+07:00\", \"score\": 3.8,"
                        + " \"speedKmh\": 12.5, \"onNet\": true}]")
                .post("/api/v1/voice/campaigns/{id}/samples/csv", id)
                .then().statusCode(415);
        assertEquals(0, VoiceCampaignResourceTest.total(id));
    }
}

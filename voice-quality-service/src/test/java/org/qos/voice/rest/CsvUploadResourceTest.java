package org.qos.voice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.UploadDocument;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The CSV-only upload for generated clients: POST .../samples/csv takes text/csv and nothing else. */
@QuarkusTest
class CsvUploadResourceTest {

    // helpers of its own: using VoiceCampaignResourceTest's would run its static set-up (RestAssured's number
    // config) inside this class, where Quarkus resets it afterwards, so that class would lose it

    static String createCampaign() {
        return given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\","
                        + "\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}")
                .post("/api/v1/voice/campaigns").then().statusCode(201).extract().path("id");
    }

    static String objectiveCsv(String prefix, int n) {
        StringBuilder csv = new StringBuilder("callId,startedAt,score,speedKmh,onNet\n");
        for (int i = 0; i < n; i++) {
            csv.append(prefix).append(i).append(",2026-07-01T08:00:00+07:00,3.5,30,true\n");
        }
        return csv.toString();
    }

    static int total(String id) {
        return ((Number) given().get("/api/v1/voice/campaigns/{id}/result", id).then().statusCode(200)
                .extract().path("sample.total")).intValue();
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void csvPostedToTheCsvPathIsStored() {
        String id = createCampaign();
        given().contentType("text/csv").body(objectiveCsv("CSV", 3))
                .post("/api/v1/voice/campaigns/{id}/samples/csv", id)
                .then().statusCode(200).body("accepted", equalTo(3)).body("batchId", notNullValue());
        assertEquals(3, total(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void csvPathTakesTheUploadParameters() {
        String id = createCampaign();
        given().contentType("text/csv").queryParam("dryRun", "true")
                .body(objectiveCsv("DRY", 2))
                .post("/api/v1/voice/campaigns/{id}/samples/csv", id)
                .then().statusCode(200).body("accepted", equalTo(2)).body("dryRun", equalTo(true));
        assertEquals(0, total(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void jsonPostedToTheCsvPathIs415() {
        String id = createCampaign();
        given().contentType(ContentType.JSON)
                .body("[{\"callId\": \"J1\", \"startedAt\": \"2026-07-01T08:30:00+07:00\", \"score\": 3.8,"
                        + " \"speedKmh\": 12.5, \"onNet\": true}]")
                .post("/api/v1/voice/campaigns/{id}/samples/csv", id)
                .then().statusCode(415);
        assertEquals(0, total(id));
    }

    @Test
    void theDocumentTypesTheJsonBodyAndOffersACsvOnlyOperation() {
        var paths = UploadDocument.paths();
        UploadDocument.check(paths, "/api/v1/voice/campaigns/{id}/samples", "post",
                "uploadVoiceSamples", "VoiceSampleRow");
    }
}

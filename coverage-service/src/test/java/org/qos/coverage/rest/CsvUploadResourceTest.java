package org.qos.coverage.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.UploadDocument;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The CSV-only operations for generated clients: .../samples/csv and .../streets/csv take text/csv only. */
@QuarkusTest
class CsvUploadResourceTest {

    private static final String SAMPLES_CSV = "/api/v1/coverage/campaigns/{id}/samples/csv";
    private static final String STREETS = "/api/v1/coverage/areas/{area}/streets";
    private static final String SAMPLES = "at,lat,lon,signalDbm,speedKmh,streetId,outdoor\n"
            + "2026-07-01T08:30:00+07:00,21.02712,105.85212,-78.5,24.0,S1,true\n"
            + "2026-07-01T08:30:05+07:00,21.02731,105.85240,-91.0,31.5,S1,true\n"
            + "2026-07-01T08:31:00+07:00,21.02760,105.85301,-99.0,0,,false\n";

    // helpers of its own: using CoverageCampaignResourceTest's would run its static set-up (RestAssured's number
    // config) inside this class, where Quarkus resets it afterwards, so that class would lose it

    static String newArea() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String createCampaign(String area) {
        return given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"" + area
                        + "\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\",\"thresholdDbm\":-85}")
                .post("/api/v1/coverage/campaigns").then().statusCode(201).extract().path("id");
    }

    static void putStreets(String area, String id) {
        given().contentType("text/csv").body("streetId,name,lengthMeters\n" + id + ",Street " + id + ",250\n")
                .put(STREETS, area).then().statusCode(200).body("streets", equalTo(1));
    }

    static int total(String id) {
        return ((Number) given().get("/api/v1/coverage/campaigns/{id}/result", id).then().statusCode(200)
                .extract().path("sample.total")).intValue();
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void csvSamplesPostedToTheCsvPathAreStored() {
        String id = createCampaign(newArea());
        given().contentType("text/csv").body(SAMPLES).post(SAMPLES_CSV, id)
                .then().statusCode(200).body("accepted", equalTo(3)).body("batchId", notNullValue());
        assertEquals(3, total(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void jsonSamplesPostedToTheCsvPathAre415() {
        String id = createCampaign(newArea());
        given().contentType(ContentType.JSON)
                .body("[{\"at\": \"2026-07-15T10:00:00+07:00\", \"lat\": 21.02712, \"lon\": 105.85212,"
                        + " \"signalDbm\": -78.5, \"speedKmh\": 24.0, \"streetId\": \"S1\", \"outdoor\": true}]")
                .post(SAMPLES_CSV, id).then().statusCode(415);
        assertEquals(0, total(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void csvStreetsPutToTheCsvPathReplaceTheInventory() {
        String area = newArea();
        putStreets(area, "OLD");
        given().contentType("text/csv").body("streetId,name,lengthMeters\nA,Hang Bai,880\nB,Trang Tien,420.5\n")
                .put(STREETS + "/csv", area).then().statusCode(200)
                .body("areaCode", equalTo(area)).body("streets", equalTo(2));
        given().get(STREETS, area).then().statusCode(200).header("X-Total-Count", "2")
                .body("streetId", equalTo(List.of("A", "B")));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void jsonStreetsPutToTheCsvPathAre415() {
        String area = newArea();
        putStreets(area, "KEPT");
        given().contentType(ContentType.JSON).body("[{\"streetId\":\"A\",\"name\":\"Hang Bai\",\"lengthMeters\":880}]")
                .put(STREETS + "/csv", area).then().statusCode(415);
        given().get(STREETS, area).then().statusCode(200).header("X-Total-Count", "1")
                .body("streetId", equalTo(List.of("KEPT")));
    }

    @Test
    void theDocumentTypesTheJsonBodyAndOffersACsvOnlyOperation() {
        var paths = UploadDocument.paths();
        UploadDocument.check(paths, "/api/v1/coverage/campaigns/{id}/samples", "post",
                "uploadCoverageSamples", "DriveTestSampleRow");
        UploadDocument.check(paths, "/api/v1/coverage/areas/{areaCode}/streets", "put",
                "replaceCoverageStreets", "StreetRow");
    }
}

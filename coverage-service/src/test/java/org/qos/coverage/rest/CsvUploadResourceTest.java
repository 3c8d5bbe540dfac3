package org.qos.coverage.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The CSV-only operations for generated clients: .../samples/csv and .../streets/csv take text/csv only. */
@QuarkusTest
class CsvUploadResourceTest {

    private static final String SAMPLES_CSV = "/api/v1/coverage/campaigns/{id}/samples/csv";
    private static final String STREETS = "/api/v1/coverage/areas/{area}/streets";

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void csvSamplesPostedToTheCsvPathAreStored() {
        String area = CoverageCampaignResourceTest.newArea();
        String id = CoverageCampaignResourceTest.createCampaign("ALPHA", area, ",\"thresholdDbm\":-85");
        given().contentType("text/csv").body(CoverageCampaignResourceTest.driveTest()).post(SAMPLES_CSV, id)
                .then().statusCode(200).body("accepted", equalTo(11)).body("batchId", notNullValue());
        assertEquals(11, CoverageCampaignResourceTest.total(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void jsonSamplesPostedToTheCsvPathAre415() {
        String id = CoverageCampaignResourceTest.createCampaign("ALPHA", CoverageCampaignResourceTest.newArea(),
                ",\"thresholdDbm\":-85");
        given().contentType(ContentType.JSON)
                .body("[{\"at\": \"2026-07-15T10:00:00+07:00\", \"lat\": 21.02712, \"lon\": 105.85212,"
                        + " \"signalDbm\": -78.5, \"speedKmh\": 24.0, \"streetId\": \"S1\", \"outdoor\": true}]")
                .post(SAMPLES_CSV, id).then().statusCode(415);
        assertEquals(0, CoverageCampaignResourceTest.total(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void csvStreetsPutToTheCsvPathReplaceTheInventory() {
        String area = CoverageCampaignResourceTest.newArea();
        CoverageCampaignResourceTest.putStreets(area, "OLD");
        given().contentType("text/csv").body("streetId,name,lengthMeters\nA,Hang Bai,880\nB,Trang Tien,420.5\n")
                .put(STREETS + "/csv", area).then().statusCode(200)
                .body("areaCode", equalTo(area)).body("streets", equalTo(2));
        given().get(STREETS, area).then().statusCode(200).header("X-Total-Count", "2")
                .body("streetId", equalTo(List.of("A", "B")));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void jsonStreetsPutToTheCsvPathAre415() {
        String area = CoverageCampaignResourceTest.newArea();
        CoverageCampaignResourceTest.putStreets(area, "KEPT");
        given().contentType(ContentType.JSON).body("[{\"streetId\":\"A\",\"name\":\"Hang Bai\",\"lengthMeters\":880}]")
                .put(STREETS + "/csv", area).then().statusCode(415);
        given().get(STREETS, area).then().statusCode(200).header("X-Total-Count", "1")
                .body("streetId", equalTo(List.of("KEPT")));
    }
}

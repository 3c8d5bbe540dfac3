package org.qos.complaints.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qos.complaints.rest.Api.COMPLAINTS;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.UploadDocument;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The CSV-only upload for generated clients: POST .../support-calls/csv takes text/csv only. */
@QuarkusTest
class CsvUploadResourceTest {

    private static final String CALLS_CSV = COMPLAINTS + "/support-calls/csv";

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void csvPostedToTheCsvPathIsStored() {
        given().contentType("text/csv").queryParam("operatorId", "CSVCALLS")
                .body("callId,at,answeredAfterSeconds\nK1,2026-07-01T08:00:00+07:00,60\nK2,2026-07-01T08:01:00+07:00,\n")
                .post(CALLS_CSV).then().statusCode(200).body("accepted", equalTo(2)).body("batchId", notNullValue());
        assertEquals(2, TestData.supportCalls("CSVCALLS"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void jsonPostedToTheCsvPathIs415() {
        given().contentType(ContentType.JSON).queryParam("operatorId", "JSONCALLS")
                .body("[{\"callId\":\"J1\",\"at\":\"2026-07-01T08:02:00+07:00\",\"answeredAfterSeconds\":60.5}]")
                .post(CALLS_CSV).then().statusCode(415);
        assertEquals(0, TestData.supportCalls("JSONCALLS"));
    }

    @Test
    void theDocumentTypesTheJsonBodyAndOffersACsvOnlyOperation() {
        var paths = UploadDocument.paths();
        UploadDocument.check(paths, "/api/v1/complaints/support-calls", "post",
                "uploadSupportCalls", "SupportCallRow");
    }
}

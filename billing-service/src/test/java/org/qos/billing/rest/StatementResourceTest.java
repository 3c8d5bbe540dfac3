package org.qos.billing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qos.billing.rest.TestData.AUDIT_HEADER;
import static org.qos.billing.rest.TestData.CSV;
import static org.qos.billing.rest.TestData.PROBLEM;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** Statements read without the number in the URL, and their CSV with operator-supplied text neutralized. */
@QuarkusTest
class StatementResourceTest {

    private static final String SEARCH = "/api/v1/billing/statements/search";

    /** A subscriber of this run only (digits), so that other tests' records do not show. */
    private static String subscriber() {
        return "0248" + String.format("%07d", (long) (Math.random() * 10_000_000));
    }

    private static String search(String subscriber, String from, String to) {
        return "{\"subscriber\":\"" + subscriber + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theSearchAnswersWhatTheGetAnswersAsJsonAndCsvPaged() {
        String number = subscriber();
        String id = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        InvoiceAuditResourceTest.upload(id, "charging-records", InvoiceAuditResourceTest.RECORDS.replace("0243 825 1234", number));
        String viaGet = given().queryParam("from", "2026-04-01").queryParam("to", "2026-06-30")
                .get("/api/v1/billing/statements/{subscriber}", number).then().statusCode(200)
                .header("X-Total-Count", "2").extract().asString();
        String viaPost = given().contentType(ContentType.JSON).body(search(number, "2026-04-01", "2026-06-30"))
                .post(SEARCH).then().statusCode(200).header("X-Total-Count", "2").extract().asString();
        assertEquals(viaGet, viaPost);
        given().contentType(ContentType.JSON).queryParam("page", 1).queryParam("size", 1)
                .body(search(number, "2026-04-01", "2026-06-30")).post(SEARCH).then().statusCode(200)
                .header("X-Total-Count", "2").body("recordId", equalTo(List.of("R2")));
        String csv = given().contentType(ContentType.JSON).accept(CSV)
                .body(search(number, "2026-05-20", "2026-05-20")).post(SEARCH).then().statusCode(200)
                .contentType(startsWith(CSV)).header("X-Total-Count", "1").extract().asString();
        assertEquals("recordId,calledNumber,date,startedAt,endedAt,charge,currency\r\n"
                + "R2,0912000002,2026-05-20,2026-05-20T09:00+07:00,2026-05-20T09:01+07:00,800,VND\r\n", csv);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void badSearchesNameTheirField() {
        given().contentType(ContentType.JSON).body("{\"subscriber\":\"no digits\",\"from\":\"2026-04-01\",\"to\":\"2026-06-30\"}")
                .post(SEARCH).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://qos.example/problems/invalid-request"))
                .body("errors[0].field", equalTo("subscriber"));
        given().contentType(ContentType.JSON).body("{\"subscriber\":\"0912\",\"to\":\"2026-06-30\"}")
                .post(SEARCH).then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().contentType(ContentType.JSON).body("{\"subscriber\":\"0912\",\"from\":\"2026-02-30\",\"to\":\"2026-06-30\"}")
                .post(SEARCH).then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().contentType(ContentType.JSON).body("{\"subscribr\":\"0912\",\"from\":\"2026-04-01\",\"to\":\"2026-06-30\"}")
                .post(SEARCH).then().statusCode(400).body("errors[0].field", equalTo("subscribr"));
        given().contentType(ContentType.JSON).queryParam("size", 1001).body(search("0912", "2026-04-01", "2026-06-30"))
                .post(SEARCH).then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "beta", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "BETA"))
    void anOperatorSearchesOnlyItsOwnAudits() {
        given().contentType(ContentType.JSON)
                .body("{\"subscriber\":\"0249990001\",\"from\":\"2026-04-01\",\"to\":\"2026-06-30\",\"operatorId\":\"ALPHA\"}")
                .post(SEARCH).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void operatorSuppliedTextIsNeutralizedInTheCsvAndNumbersStayNumbers() {
        String number = subscriber();
        String id = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        InvoiceAuditResourceTest.upload(id, "charging-records", AUDIT_HEADER
                + "\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\"," + number
                + ",\"@SUM(0912)\",2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600\n"
                + "-cmd," + number + ",+84912000001,2026-04-21T09:00:00+07:00,2026-04-21T09:02:00+07:00,800\n");
        String csv = given().contentType(ContentType.JSON).accept(CSV)
                .body(search(number, "2026-04-01", "2026-06-30")).post(SEARCH).then().statusCode(200)
                .extract().asString();
        assertEquals("recordId,calledNumber,date,startedAt,endedAt,charge,currency\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\",'@SUM(0912),2026-04-20,"
                + "2026-04-20T09:00+07:00,2026-04-20T09:02+07:00,1600,VND\r\n"
                + "'-cmd,+84912000001,2026-04-21,2026-04-21T09:00+07:00,2026-04-21T09:02+07:00,800,VND\r\n", csv);
        // JSON shows the values as stored
        given().contentType(ContentType.JSON).body(search(number, "2026-04-01", "2026-06-30")).post(SEARCH).then()
                .statusCode(200).body("[0].recordId", equalTo("=HYPERLINK(\"http://evil.example/\",\"x\")"));
    }
}

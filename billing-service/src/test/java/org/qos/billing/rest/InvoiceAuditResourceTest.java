package org.qos.billing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qos.billing.rest.TestData.AUDIT_HEADER;
import static org.qos.billing.rest.TestData.CSV;
import static org.qos.billing.rest.TestData.PROBLEM;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.JsonNumbers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;

/** Invoice audits and itemized statements against the real local PostgreSQL, with test identities. */
@QuarkusTest
class InvoiceAuditResourceTest {

    static {
        JsonNumbers.readAsDoubles();
    }

    static final String RECORDS = AUDIT_HEADER
            + "R1,0243 825 1234,0912000001,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600\n"
            + "R2,0243 825 1234,0912000002,2026-05-20T09:00:00+07:00,2026-05-20T09:01:00+07:00,800\n"
            + "R3,0243000003,0912000003,2026-05-21T09:00:00+07:00,2026-05-21T09:01:00+07:00,800\n"
            + "R5,0243000005,0912000005,2026-05-22T09:00:00+07:00,2026-05-22T09:01:00+07:00,800\n"
            + "R6,0243000006,0912000006,2026-05-23T09:00:00+07:00,2026-05-23T09:01:00+07:00,800\n";
    static final String LINES = AUDIT_HEADER
            // R1 equal (1600.00 is 1600 exactly); R2 charged 1700; R3 missing; L4 extra; R5 equal (callee spaced)
            + "R1,02438251234,0912000001,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600.00\n"
            + "R2,02438251234,0912000002,2026-05-20T09:00:00+07:00,2026-05-20T09:01:00+07:00,1700\n"
            + "L4,0243000004,0912000004,2026-05-21T10:00:00+07:00,2026-05-21T10:01:00+07:00,800\n"
            + "R5,0243000005,0912 000 005,2026-05-22T09:00:00+07:00,2026-05-22T09:01:00+07:00,800\n"
            // R6 ends a second later on the invoice
            + "R6,0243000006,0912000006,2026-05-23T09:00:00+07:00,2026-05-23T09:01:01+07:00,800\n";

    static String upload(String id, String kind, String body) {
        return given().contentType(CSV).body(body).post("/api/v1/billing/invoice-audits/{id}/" + kind, id)
                .then().statusCode(200).extract().path("batchId");
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void recordsAndLinesPairByRecordIdAndEveryDifferenceCounts() {
        String id = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        upload(id, "charging-records", RECORDS);
        upload(id, "invoice-lines", LINES);
        JsonPath result = given().get("/api/v1/billing/invoice-audits/{id}/result", id).then().statusCode(200)
                .body("kpiId", equalTo("billing.invoice-errors")).body("clause", equalTo("3.7"))
                .body("currency", equalTo("VND")).body("verdict", equalTo("INSUFFICIENT_DATA"))
                .extract().jsonPath();
        assertEquals(6, result.getLong("calls.total"));
        assertEquals(4, result.getLong("calls.wrong"));
        assertEquals(1, result.getLong("calls.missingLine"));
        assertEquals(1, result.getLong("calls.extraLine"));
        assertEquals(2, result.getLong("calls.different"));
        assertEquals(4.0 / 6, result.getDouble("value"), 1e-15);
        assertEquals(10_000, result.getLong("sample.required"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anIdempotencyKeyNamesOneUploadPerKindOfRows() {
        // the same file sent as charging records and as invoice lines with one key: two uploads, both stored
        String id = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        String records = keyed(id, "charging-records", "file-1", RECORDS);
        String lines = keyed(id, "invoice-lines", "file-1", RECORDS);
        org.junit.jupiter.api.Assertions.assertNotEquals(records, lines);
        assertEquals(5, TestData.count("SELECT count(*) FROM billing.charging_record WHERE campaign_id = ?",
                UUID.fromString(id)));
        assertEquals(5, TestData.count("SELECT count(*) FROM billing.invoice_line WHERE campaign_id = ?",
                UUID.fromString(id)));
        // each resent to its own kind answers its own receipt and stores nothing more
        assertEquals(records, keyed(id, "charging-records", "file-1", RECORDS));
        assertEquals(lines, keyed(id, "invoice-lines", "file-1", RECORDS));
        assertEquals(5, TestData.count("SELECT count(*) FROM billing.invoice_line WHERE campaign_id = ?",
                UUID.fromString(id)));
        assertEquals(2, TestData.count("SELECT count(*) FROM billing.batch WHERE campaign_id = ?", UUID.fromString(id)));
    }

    private static String keyed(String id, String kind, String key, String body) {
        return given().contentType(CSV).header("Idempotency-Key", key).body(body)
                .post("/api/v1/billing/invoice-audits/{id}/" + kind, id).then().statusCode(200).extract().path("batchId");
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void chargesBeyondTheCurrencysMinorUnitAndEndsBeforeStartsAre400() {
        String vnd = TestData.audit("ALPHA", "VND", "2026-04-01", "2026-06-30");
        given().contentType(CSV).body(AUDIT_HEADER
                + "R1,0243,0912,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600.5\n"
                + "R2,0243,0912,2026-04-20T09:00:00+07:00,2026-04-20T08:59:59+07:00,1600\n"
                + "R3,0243,,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600\n"
                + "R4,0243,0912,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,-1\n")
                .post("/api/v1/billing/invoice-audits/{id}/invoice-lines", vnd)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.row", equalTo(List.of(1, 2, 3, 4)))
                .body("errors.field", equalTo(List.of("charge", "endedAt", "callee", "charge")));
        assertEquals(0, TestData.count("SELECT count(*) FROM billing.invoice_line WHERE campaign_id = ?",
                UUID.fromString(vnd)));

        String usd = TestData.audit("ALPHA", "USD", "2026-04-01", "2026-06-30");
        given().contentType(CSV).body(AUDIT_HEADER
                + "R1,0243,0912,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,0.255\n")
                .post("/api/v1/billing/invoice-audits/{id}/charging-records", usd).then().statusCode(400)
                .body("errors[0].field", equalTo("charge"))
                .body("errors[0].message", containsString("at most 2 decimal digits"));
        upload(usd, "charging-records", AUDIT_HEADER
                + "R1,0243,0912,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,0.25\n");
        given().contentType("application/json").body("{\"operatorId\":\"ALPHA\",\"periodStart\":\"2026-04-01\","
                + "\"periodEnd\":\"2026-06-30\",\"currency\":\"XYZ\"}")
                .post("/api/v1/billing/invoice-audits").then().statusCode(400).body("errors[0].field", equalTo("currency"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aRecordIdRepeatedIsRefused() {
        String id = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        String row = "R1,0243,0912,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600\n";
        given().contentType(CSV).body(AUDIT_HEADER + row + row)
                .post("/api/v1/billing/invoice-audits/{id}/invoice-lines", id).then().statusCode(400)
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("recordId"));
        upload(id, "invoice-lines", AUDIT_HEADER + row);
        given().contentType(CSV).body(AUDIT_HEADER + row)
                .post("/api/v1/billing/invoice-audits/{id}/invoice-lines", id).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theStatementListsTheSubscribersCallsAsJsonAndCsv() {
        // a subscriber of this run only (digits), so that other tests' records do not show
        String digits = "0249" + String.format("%07d", (long) (Math.random() * 10_000_000));
        String spaced = digits.substring(0, 4) + " " + digits.substring(4);
        String id = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        upload(id, "charging-records", RECORDS.replace("0243 825 1234", spaced));
        given().queryParam("from", "2026-04-01").queryParam("to", "2026-06-30")
                .get("/api/v1/billing/statements/{subscriber}", "+84 " + digits)
                .then().statusCode(200).header("X-Total-Count", "0");
        String subscriber = spaced;
        JsonPath statement = given().queryParam("from", "2026-04-01").queryParam("to", "2026-06-30")
                .queryParam("operatorId", "ALPHA").queryParam("size", 1000)
                .get("/api/v1/billing/statements/{subscriber}", subscriber).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("R1", "R2"), statement.getList("recordId"));
        assertEquals("0912000001", statement.getString("find { it.recordId == 'R1' }.calledNumber"));
        assertEquals("2026-04-20", statement.getString("find { it.recordId == 'R1' }.date"));
        assertEquals("2026-04-20T09:02:00+07:00", statement.getString("find { it.recordId == 'R1' }.endedAt"));
        assertEquals(1600, statement.getInt("find { it.recordId == 'R1' }.charge"));

        // one day only: the period is inclusive dates in +07:00
        given().queryParam("from", "2026-05-20").queryParam("to", "2026-05-20")
                .get("/api/v1/billing/statements/{subscriber}", digits).then().statusCode(200)
                .body("recordId", equalTo(List.of("R2")));
        String csv = given().accept(CSV).queryParam("from", "2026-05-20").queryParam("to", "2026-05-20")
                .get("/api/v1/billing/statements/{subscriber}", digits).then().statusCode(200)
                .contentType(startsWith(CSV)).header("X-Total-Count", "1").extract().asString();
        assertEquals("recordId,calledNumber,date,startedAt,endedAt,charge,currency\r\n"
                + "R2,0912000002,2026-05-20,2026-05-20T09:00+07:00,2026-05-20T09:01+07:00,800,VND\r\n", csv);

        given().queryParam("to", "2026-05-20").get("/api/v1/billing/statements/{subscriber}", digits)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2026-05-20").queryParam("to", "2026-05-20")
                .get("/api/v1/billing/statements/{subscriber}", "no-digits").then().statusCode(400)
                .body("errors[0].field", equalTo("subscriber"));
    }

    @Test
    @TestSecurity(user = "beta", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "BETA"))
    void anOperatorSeesOnlyItsOwnAuditsAndSubscribers() {
        String alpha = TestData.insertOtherOperators("invoice_audit", "ALPHA");
        TestData.count("WITH inserted AS (INSERT INTO billing.charging_record (campaign_id, batch_id, row_no, record_id,"
                + " caller, caller_digits, callee, callee_digits, started_at, ended_at, charge) VALUES (?, ?, 1,"
                + " 'A-1', '0249990001', '0249990001', '0912', '0912', '2026-04-20T09:00:00+07:00',"
                + " '2026-04-20T09:01:00+07:00', 800) RETURNING 1) SELECT count(*) FROM inserted",
                UUID.fromString(alpha), UUID.randomUUID());
        given().get("/api/v1/billing/invoice-audits/{id}", alpha).then().statusCode(403).contentType(PROBLEM);
        given().get("/api/v1/billing/invoice-audits/{id}/result", alpha).then().statusCode(403);
        given().contentType(CSV).body(AUDIT_HEADER
                + "B1,0243,0912,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600\n")
                .post("/api/v1/billing/invoice-audits/{id}/charging-records", alpha).then().statusCode(403);
        given().queryParam("from", "2026-04-01").queryParam("to", "2026-06-30")
                .get("/api/v1/billing/statements/{subscriber}", "0249990001").then().statusCode(200)
                .header("X-Total-Count", "0").body("", hasSize(0));
        given().queryParam("from", "2026-04-01").queryParam("to", "2026-06-30").queryParam("operatorId", "ALPHA")
                .get("/api/v1/billing/statements/{subscriber}", "0249990001").then().statusCode(403);
        given().queryParam("operatorId", "ALPHA").get("/api/v1/billing/invoice-audits").then().statusCode(403);
        given().queryParam("operatorId", "ALPHA").get("/api/v1/billing/compliance").then().statusCode(403);
    }
}

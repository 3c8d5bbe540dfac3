package org.qos.billing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qos.billing.rest.TestData.AUDIT_HEADER;
import static org.qos.billing.rest.TestData.CALLS_HEADER;
import static org.qos.billing.rest.TestData.CSV;
import static org.qos.billing.rest.TestData.PROBLEM;
import static org.qos.billing.rest.TestData.RECORDS_HEADER;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.JsonNumbers;
import org.qos.campaigns.testing.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Issue 15's remaining letters of clauses 3.6 and 3.7 through the API: durations measured to the millisecond and
 * never rounded, test calls dated outside their period, the subscriber of an invoice line, a statement's calls once.
 */
@QuarkusTest
class BillingLettersResourceTest {

    static {
        JsonNumbers.readAsDoubles();
    }

    private static final String CAMPAIGNS = "/api/v1/billing/campaigns";

    @Inject
    TestClock clock;

    private static JsonPath result(String campaign) {
        return given().get(CAMPAIGNS + "/{id}/result", campaign).then().statusCode(200).extract().jsonPath();
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void durationsAreMeasuredToTheMillisecondAndStoredExactly() {
        String id = TestData.campaign("ALPHA");
        // JSON: decimal seconds; C2 and C3 lie just outside 60-360 s, which rounding would have hidden
        given().contentType(ContentType.JSON).body("""
                [{"callId":"C1","caller":"0243100001","callee":"0912100001","direction":"ON_NET",
                  "startedAt":"2026-04-15T09:00:00+07:00","durationSeconds":301.2},
                 {"callId":"C2","caller":"0243100002","callee":"0912100002","direction":"PSTN",
                  "startedAt":"2026-04-15T09:10:00+07:00","durationSeconds":59.999},
                 {"callId":"C3","caller":"0243100003","callee":"0912100003","direction":"MOBILE",
                  "startedAt":"2026-04-15T09:20:00+07:00","durationSeconds":360.001}]""")
                .post(CAMPAIGNS + "/{id}/test-calls", id).then().statusCode(200).body("accepted", equalTo(3));
        // CSV: whole seconds and milliseconds alike
        given().contentType(CSV).body(CALLS_HEADER
                        + "C4,0243100004,0912100004,OTHER_PHS,2026-04-15T09:30:00+07:00,120\n"
                        + "C5,0243100005,0912100005,MOBILE,2026-04-15T09:40:00+07:00,120.000\n")
                .post(CAMPAIGNS + "/{id}/test-calls", id).then().statusCode(200);
        // charging records: whole or decimal seconds
        given().contentType(CSV).body(RECORDS_HEADER
                        + "R1,0243100001,0912100001,2026-04-15T09:00:01+07:00,300.2,1600\n" // exactly 1 s less: correct
                        + "R4,0243100004,0912100004,2026-04-15T09:30:01+07:00,121.001,1600\n" // 1.001 s more: wrong
                        + "R5,0243100005,0912100005,2026-04-15T09:40:01+07:00,121,1600\n") // 1 s more: correct
                .post(CAMPAIGNS + "/{id}/charging-records", id).then().statusCode(200);

        UUID campaign = UUID.fromString(id);
        assertEquals("301.200", TestData.text("SELECT duration_seconds::text FROM billing.test_call"
                + " WHERE campaign_id = ? AND call_id = 'C1'", campaign));
        assertEquals("59.999", TestData.text("SELECT duration_seconds::text FROM billing.test_call"
                + " WHERE campaign_id = ? AND call_id = 'C2'", campaign));
        assertEquals("121.001", TestData.text("SELECT duration_seconds::text FROM billing.charging_record"
                + " WHERE campaign_id = ? AND record_id = 'R4'", campaign));
        assertEquals(2, TestData.count("SELECT count(*) FROM billing.test_call WHERE campaign_id = ?"
                + " AND exclusion = 'OUT_OF_RANGE_DURATION'", campaign));

        JsonPath result = result(id);
        assertEquals(5.0, result.getDouble("[0].sample.total"));
        assertEquals(3.0, result.getDouble("[0].sample.valid"));
        assertEquals(2.0, result.getDouble("[0].sample.exclusions.OUT_OF_RANGE_DURATION"));
        assertEquals(1.0, result.getDouble("[0].discrepancies.WRONG_DURATION"));
        // wrong-time on exact values: 1.001 s wrong of 301.2 + 120 + 120 = 541.2 s
        assertEquals(1.001, result.getDouble("[1].errorSeconds"));
        assertEquals(541.2, result.getDouble("[1].realSeconds"));
        assertEquals(1.001 / 541.2, result.getDouble("[1].value"), 1e-15);

        given().get(CAMPAIGNS + "/{id}/discrepancies", id).then().statusCode(200).header("X-Total-Count", "1")
                .body("[0].kind", equalTo("WRONG_DURATION")).body("[0].callId", equalTo("C4"));
        String raw = given().get(CAMPAIGNS + "/{id}/discrepancies", id).then().extract().asString();
        assertEquals(true, raw.contains("\"realSeconds\":120,\"recordedSeconds\":121.001,\"errorSeconds\":1.001"), raw);
    }

    @Test
    void theDocumentTypesDurationsAsDecimalNumbers() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        for (String row : List.of("BillingTestCallRow", "BillingChargingRecordRow")) {
            String duration = "components.schemas." + row + ".properties.durationSeconds";
            assertEquals("number", document.getString(duration + ".type"), row);
            assertEquals(0.001, document.getDouble(duration + ".multipleOf"), row);
        }
        String discrepancy = "components.schemas.DiscrepancyView.properties.";
        // realSeconds and recordedSeconds are nullable: [number, null] (OpenAPI 3.1)
        assertEquals(List.of("number", "null"), document.getList(discrepancy + "realSeconds.type"));
        assertEquals(List.of("number", "null"), document.getList(discrepancy + "recordedSeconds.type"));
        assertEquals("number", document.getString(discrepancy + "errorSeconds.type"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void moreThanMillisecondsOrAStringIsRefusedNamingRowAndFieldNeverRounded() {
        String id = TestData.campaign("ALPHA");
        given().contentType(ContentType.JSON).body("""
                [{"callId":"C1","caller":"0243100001","callee":"0912100001","direction":"ON_NET",
                  "startedAt":"2026-04-15T09:00:00+07:00","durationSeconds":301.2},
                 {"callId":"C2","caller":"0243100002","callee":"0912100002","direction":"ON_NET",
                  "startedAt":"2026-04-15T09:10:00+07:00","durationSeconds":301.2345},
                 {"callId":"C3","caller":"0243100003","callee":"0912100003","direction":"ON_NET",
                  "startedAt":"2026-04-15T09:20:00+07:00","durationSeconds":"301.2"}]""")
                .post(CAMPAIGNS + "/{id}/test-calls", id).then().statusCode(400).contentType(PROBLEM)
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors.field", equalTo(List.of("durationSeconds", "durationSeconds")))
                .body("errors[0].message", containsString("at most 3 decimal digits"));
        given().contentType(CSV).body(RECORDS_HEADER
                        + "R1,0243100001,0912100001,2026-04-15T09:00:01+07:00,121.5,1600\n"
                        + "R2,0243100001,0912100001,2026-04-15T09:00:01+07:00,121.0005,1600\n")
                .post(CAMPAIGNS + "/{id}/charging-records", id).then().statusCode(400)
                .body("errors.row", equalTo(List.of(2))).body("errors.field", equalTo(List.of("durationSeconds")));
        assertEquals(0, TestData.count("SELECT count(*) FROM billing.test_call WHERE campaign_id = ?",
                UUID.fromString(id)));
        assertEquals(0, TestData.count("SELECT count(*) FROM billing.charging_record WHERE campaign_id = ?",
                UUID.fromString(id)));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void testCallsInJsonDatedOutsideTheirPeriodAre400NamingRowAndField() {
        String id = TestData.campaign("ALPHA"); // 2026-04-01 to 2026-06-30 (+07:00), give or take a day
        given().contentType(ContentType.JSON).body("""
                [{"callId":"C1","caller":"0243100001","callee":"0912100001","direction":"ON_NET",
                  "startedAt":"2026-03-31T00:00:00+07:00","durationSeconds":120},
                 {"callId":"C2","caller":"0243100002","callee":"0912100002","direction":"ON_NET",
                  "startedAt":"2026-03-30T23:59:59.999+07:00","durationSeconds":120},
                 {"callId":"C3","caller":"0243100003","callee":"0912100003","direction":"ON_NET",
                  "startedAt":"2026-07-02T00:00:00+07:00","durationSeconds":120.5}]""")
                .post(CAMPAIGNS + "/{id}/test-calls", id).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://qos.example/problems/invalid-rows"))
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors.field", equalTo(List.of("startedAt", "startedAt")));
        assertEquals(0, TestData.count("SELECT count(*) FROM billing.test_call WHERE campaign_id = ?",
                UUID.fromString(id)));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anInvoiceLineBilledToAnotherSubscriberIsWrong() {
        String id = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        InvoiceAuditResourceTest.upload(id, "charging-records", AUDIT_HEADER
                + "R1,0243 825 1234,0912000001,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600\n"
                + "R2,0243 825 1234,0912000002,2026-04-21T09:00:00+07:00,2026-04-21T09:02:00+07:00,1600\n"
                + "R3,0243 825 1234,0912000003,2026-04-22T09:00:00+07:00,2026-04-22T09:02:00+07:00,1600\n");
        InvoiceAuditResourceTest.upload(id, "invoice-lines", AUDIT_HEADER
                // R1 the same subscriber written otherwise; R2 another subscriber, all else equal; R3 both differ
                + "R1,+84 243 825 1234,0912000001,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600\n"
                + "R2,0243 825 9999,0912000002,2026-04-21T09:00:00+07:00,2026-04-21T09:02:00+07:00,1600\n"
                + "R3,0243 825 9999,0912000003,2026-04-22T09:00:00+07:00,2026-04-22T09:02:00+07:00,1700\n");
        JsonPath result = given().get("/api/v1/billing/invoice-audits/{id}/result", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, result.getLong("calls.total"));
        // +84 243 825 1234 has other digits than 0243 825 1234: numbers compare as digits only, so R1 is wrong too
        assertEquals(3, result.getLong("calls.wrong"));
        assertEquals(3, result.getLong("calls.different"));
        assertEquals(3, result.getLong("calls.wrongSubscriber"));

        String same = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        InvoiceAuditResourceTest.upload(same, "charging-records", AUDIT_HEADER
                + "R1,0243 825 1234,0912000001,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600\n"
                + "R2,0243 825 1234,0912000002,2026-04-21T09:00:00+07:00,2026-04-21T09:02:00+07:00,1600\n");
        InvoiceAuditResourceTest.upload(same, "invoice-lines", AUDIT_HEADER
                + "R1,02438251234,0912000001,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600\n"
                + "R2,0243 825 9999,0912000002,2026-04-21T09:00:00+07:00,2026-04-21T09:02:00+07:00,1600\n");
        JsonPath other = given().get("/api/v1/billing/invoice-audits/{id}/result", same).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, other.getLong("calls.wrong"), "only R2, billed to 0243 825 9999");
        assertEquals(1, other.getLong("calls.wrongSubscriber"));
        assertEquals(0.5, other.getDouble("value"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aStatementListsEachRecordOnceFromTheLatestAudit() {
        String number = "0247" + String.format("%07d", (long) (Math.random() * 10_000_000));
        clock.reset();
        String first = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        InvoiceAuditResourceTest.upload(first, "charging-records", AUDIT_HEADER
                + "R1," + number + ",0912000001,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600\n"
                + "R2," + number + ",0912000002,2026-04-21T09:00:00+07:00,2026-04-21T09:02:00+07:00,800\n");
        clock.set(TestClock.DEFAULT_NOW.plusMinutes(1));
        String second;
        try {
            second = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        } finally {
            clock.reset();
        }
        // the second audit holds R1 again (charge corrected) and a new call R3
        InvoiceAuditResourceTest.upload(second, "charging-records", AUDIT_HEADER
                + "R1," + number + ",0912000001,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1500\n"
                + "R3," + number + ",0912000003,2026-04-22T09:00:00+07:00,2026-04-22T09:02:00+07:00,700\n");

        String body = "{\"subscriber\":\"" + number + "\",\"from\":\"2026-04-01\",\"to\":\"2026-06-30\"}";
        JsonPath all = given().contentType(ContentType.JSON).body(body).post("/api/v1/billing/statements/search")
                .then().statusCode(200).header("X-Total-Count", "3").extract().jsonPath();
        assertEquals(List.of("R1", "R2", "R3"), all.getList("recordId"));
        assertEquals(1500.0, all.getDouble("[0].charge"), "the latest audit's copy");
        given().queryParam("from", "2026-04-01").queryParam("to", "2026-06-30")
                .get("/api/v1/billing/statements/{subscriber}", number).then().statusCode(200)
                .header("X-Total-Count", "3").body("recordId", equalTo(List.of("R1", "R2", "R3")));
        // pages of one: each call on one page, the total the same
        for (int page = 0; page < 3; page++) {
            given().contentType(ContentType.JSON).queryParam("page", page).queryParam("size", 1).body(body)
                    .post("/api/v1/billing/statements/search").then().statusCode(200).header("X-Total-Count", "3")
                    .body("recordId", equalTo(List.of(List.of("R1", "R2", "R3").get(page))));
        }
        given().contentType(ContentType.JSON).queryParam("page", 3).queryParam("size", 1).body(body)
                .post("/api/v1/billing/statements/search").then().statusCode(200).header("X-Total-Count", "3")
                .body("recordId", equalTo(List.of()));
        String csv = given().contentType(ContentType.JSON).accept(CSV).body(body)
                .post("/api/v1/billing/statements/search").then().statusCode(200).header("X-Total-Count", "3")
                .extract().asString();
        assertEquals(4, csv.split("\r\n").length, csv);
    }
}

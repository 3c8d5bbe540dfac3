package org.qos.billing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qos.billing.rest.TestData.AUDIT_HEADER;
import static org.qos.billing.rest.TestData.CALLS_HEADER;
import static org.qos.billing.rest.TestData.CSV;
import static org.qos.billing.rest.TestData.PROBLEM;
import static org.qos.billing.rest.TestData.RECORDS_HEADER;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.billing.repository.ChargingPartitions;
import org.qos.campaigns.testing.CampaignRows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * Issue 14 in billing: a campaign's or audit's period spans at most 366 days (an absurd one creates no partition);
 * test calls, charging records and invoice lines are dated inside their period give or take a day; createdByRole,
 * and in the regulator's campaign the test calls and closing are the regulator's while the operator adds its
 * charging records; in the regulator's audit the operator adds records and lines but does not close it.
 */
@QuarkusTest
class CampaignRulesResourceTest {

    private static final String CAMPAIGNS = "/api/v1/billing/campaigns";
    private static final String AUDITS = "/api/v1/billing/invoice-audits";
    private static final String PROBLEMS = "https://qos.example/problems/";

    @Inject
    ChargingPartitions partitions;

    static String call(String id, String startedAt) {
        return id + ",0243000001,0912000001,ON_NET," + startedAt + ",120\n";
    }

    static String record(String id, String startedAt) {
        return id + ",0243000001,0912000001," + startedAt + ",120,1000\n";
    }

    static String auditRow(String id, String startedAt, String endedAt) {
        return id + ",0243000001,0912000001," + startedAt + "," + endedAt + ",1000\n";
    }

    static long count(String table, String id) {
        return TestData.count("SELECT count(*) FROM billing." + table + " WHERE campaign_id = ?", UUID.fromString(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anAbsurdPeriodIsRefusedAtOnceAndCreatesNoPartition() {
        List<YearMonth> before = partitions.months();
        long started = System.nanoTime();
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"periodStart\":\"0001-01-01\",\"periodEnd\":\"9999-12-31\"}")
                .post(CAMPAIGNS).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("errors.field", hasItems("periodStart", "periodEnd"));
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2027-06-30\"}")
                .post(AUDITS).then().statusCode(400).contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("periodEnd"))
                .body("errors[0].message", containsString("spans 546 days; at most 366"));
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "answered at once");
        assertEquals(before, partitions.months(), "no partition was created");
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void rowsAreDatedInsideTheirPeriodGiveOrTakeADay() {
        String campaign = TestData.campaign("ALPHA"); // 2026-04-01 to 2026-06-30
        given().contentType(CSV).body(CALLS_HEADER + call("C1", "2026-04-15T10:00:00+07:00")
                        + call("C2", "2026-03-30T23:59:59+07:00") + call("C3", "2026-07-02T00:00:00+07:00")
                        + call("C4", "+10000-01-01T00:00:00Z"))
                .post(CAMPAIGNS + "/{id}/test-calls", campaign).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("errors.row", equalTo(List.of(2, 3, 4)))
                .body("errors.field", equalTo(List.of("startedAt", "startedAt", "startedAt")))
                .body("errors[0].message", containsString("2026-04-01 to 2026-06-30 (+07:00), give or take 1 day"));
        given().contentType(CSV).body(RECORDS_HEADER + record("R1", "2026-04-15T10:00:04+07:00")
                        + record("R2", "0001-01-01T00:00:00Z"))
                .post(CAMPAIGNS + "/{id}/charging-records", campaign).then().statusCode(400)
                .body("errors.row", equalTo(List.of(2)))
                .body("errors.field", equalTo(List.of("startedAt")));
        assertEquals(0, count("test_call", campaign));
        assertEquals(0, count("charging_record", campaign));
        // a day of clock skew either side is accepted
        given().contentType(CSV).body(CALLS_HEADER + call("C1", "2026-03-31T00:00:00+07:00")
                        + call("C2", "2026-07-01T23:59:59+07:00"))
                .post(CAMPAIGNS + "/{id}/test-calls", campaign).then().statusCode(200).body("accepted", equalTo(2));
        given().contentType(CSV).body(RECORDS_HEADER + record("R1", "2026-07-01T23:59:59+07:00"))
                .post(CAMPAIGNS + "/{id}/charging-records", campaign).then().statusCode(200);

        String audit = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        given().contentType(CSV).body(AUDIT_HEADER
                        + auditRow("A1", "2026-06-30T23:50:00+07:00", "2026-07-01T00:10:00+07:00")
                        + auditRow("A2", "2026-07-01T23:50:00+07:00", "2026-07-02T00:10:00+07:00"))
                .post(AUDITS + "/{id}/charging-records", audit).then().statusCode(400)
                .body("errors.row", equalTo(List.of(2)))
                .body("errors.field", equalTo(List.of("endedAt")));
        given().contentType(CSV).body(AUDIT_HEADER
                        + auditRow("A1", "2026-03-30T23:50:00+07:00", "2026-03-31T00:10:00+07:00"))
                .post(AUDITS + "/{id}/invoice-lines", audit).then().statusCode(400)
                .body("errors.row", equalTo(List.of(1)))
                .body("errors.field", equalTo(List.of("startedAt")));
        assertEquals(0, count("charging_record", audit));
        assertEquals(0, count("invoice_line", audit));
        given().contentType(CSV).body(AUDIT_HEADER
                        + auditRow("A1", "2026-06-30T23:50:00+07:00", "2026-07-01T00:10:00+07:00"))
                .post(AUDITS + "/{id}/invoice-lines", audit).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void inTheRegulatorsCampaignTheOperatorAddsOnlyItsChargingRecords() {
        // the regulator's campaign for ALPHA, 2026-07-01 to 2026-09-30
        String regulators = CampaignRows.insert("billing.campaign", "ALPHA", Map.of("duration_tolerance_seconds", 1,
                "match_window_seconds", 30, "created_by_role", "REGULATOR"));
        given().get(CAMPAIGNS + "/{id}", regulators).then().statusCode(200)
                .body("createdBy", equalTo("regulator"))
                .body("createdByRole", equalTo("REGULATOR"));
        given().contentType(CSV).body(CALLS_HEADER + call("C1", "2026-07-15T10:00:00+07:00"))
                .post(CAMPAIGNS + "/{id}/test-calls", regulators).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "regulator-campaign"))
                .body("detail", containsString("only the regulator may upload its measurements"));
        given().post(CAMPAIGNS + "/{id}/close", regulators).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "regulator-campaign"));
        given().contentType(CSV).body(RECORDS_HEADER + record("R1", "2026-07-15T10:00:04+07:00"))
                .post(CAMPAIGNS + "/{id}/charging-records", regulators).then().statusCode(200)
                .body("accepted", equalTo(1));
        assertEquals(0, count("test_call", regulators));
        assertEquals(1, count("charging_record", regulators));
        given().get(CAMPAIGNS + "/{id}", regulators).then().body("status", equalTo("OPEN"));

        String own = TestData.campaign("ALPHA");
        given().get(CAMPAIGNS + "/{id}", own).then().body("createdByRole", equalTo("OPERATOR"));
        given().contentType(CSV).body(CALLS_HEADER + call("C1", "2026-04-15T10:00:00+07:00"))
                .post(CAMPAIGNS + "/{id}/test-calls", own).then().statusCode(200);
        given().post(CAMPAIGNS + "/{id}/close", own).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void inTheRegulatorsAuditTheOperatorAddsRecordsAndLinesButDoesNotCloseIt() {
        String regulators = CampaignRows.insert("billing.invoice_audit", "ALPHA",
                Map.of("currency", "VND", "created_by_role", "REGULATOR"));
        given().get(AUDITS + "/{id}", regulators).then().statusCode(200).body("createdByRole", equalTo("REGULATOR"));
        String row = AUDIT_HEADER + auditRow("A1", "2026-07-15T10:00:00+07:00", "2026-07-15T10:01:00+07:00");
        given().contentType(CSV).body(row).post(AUDITS + "/{id}/charging-records", regulators).then().statusCode(200);
        given().contentType(CSV).body(row).post(AUDITS + "/{id}/invoice-lines", regulators).then().statusCode(200);
        given().post(AUDITS + "/{id}/close", regulators).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "regulator-campaign"))
                .body("detail", containsString("Invoice audit"));

        String own = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        given().queryParam("size", 1000).get(AUDITS).then().statusCode(200)
                .body("find { it.id == '" + own + "' }.createdByRole", equalTo("OPERATOR"))
                .body("find { it.id == '" + regulators + "' }.createdByRole", equalTo("REGULATOR"));
        given().post(AUDITS + "/{id}/close", own).then().statusCode(200).body("createdByRole", equalTo("OPERATOR"));
    }
}

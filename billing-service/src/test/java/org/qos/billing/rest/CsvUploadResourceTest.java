package org.qos.billing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qos.billing.rest.TestData.AUDIT_HEADER;
import static org.qos.billing.rest.TestData.CALLS_HEADER;
import static org.qos.billing.rest.TestData.CSV;
import static org.qos.billing.rest.TestData.RECORDS_HEADER;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.UploadDocument;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The CSV-only uploads for generated clients: each upload path has a .../csv sibling taking text/csv only. */
@QuarkusTest
class CsvUploadResourceTest {

    private static final String AUDIT_ROWS = AUDIT_HEADER
            + "R1,0243 825 1234,0912000001,2026-04-20T09:00:00+07:00,2026-04-20T09:02:00+07:00,1600\n"
            + "R2,0243 825 1234,0912000002,2026-05-20T09:00:00+07:00,2026-05-20T09:01:00+07:00,800\n";
    private static final String AUDIT_JSON = "[{\"recordId\": \"R1\", \"subscriber\": \"0243 825 1234\","
            + " \"callee\": \"0912000001\", \"startedAt\": \"2026-04-20T09:00:00+07:00\","
            + " \"endedAt\": \"2026-04-20T09:02:00+07:00\", \"charge\": 1600}]";

    static long rows(String table, String id) {
        return TestData.count("SELECT count(*) FROM billing." + table + " WHERE campaign_id = ?", UUID.fromString(id));
    }

    static void storedAsCsv(String path, String id, String csv, int accepted) {
        given().contentType(CSV).body(csv).post(path + "/csv", id)
                .then().statusCode(200).body("accepted", equalTo(accepted)).body("batchId", notNullValue());
    }

    static void refusedAsJson(String path, String id, String json) {
        given().contentType(ContentType.JSON).body(json).post(path + "/csv", id).then().statusCode(415);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void testCallsAndChargingRecordsPostedAsCsvAreStored() {
        String id = TestData.campaign("ALPHA");
        storedAsCsv("/api/v1/billing/campaigns/{id}/test-calls", id, CALLS_HEADER
                + "C1,+84 24 3825 1234,0912 345 678,MOBILE,2026-04-02T09:00:00+07:00,120\n"
                + "C2,024 3825 1234,024 3936 0000,PSTN,2026-04-02T09:05:00+07:00,65\n", 2);
        assertEquals(2, rows("test_call", id));
        storedAsCsv("/api/v1/billing/campaigns/{id}/charging-records", id, RECORDS_HEADER
                + "R1,842438251234,0912345678,2026-04-02T09:00:03+07:00,121,1600\n", 1);
        assertEquals(1, rows("charging_record", id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void jsonPostedToTheCampaignsCsvPathsIs415() {
        String id = TestData.campaign("ALPHA");
        refusedAsJson("/api/v1/billing/campaigns/{id}/test-calls", id, "[{\"callId\": \"C1\","
                + " \"caller\": \"0243\", \"callee\": \"0912\", \"direction\": \"MOBILE\","
                + " \"startedAt\": \"2026-04-02T09:00:00+07:00\", \"durationSeconds\": 120}]");
        refusedAsJson("/api/v1/billing/campaigns/{id}/charging-records", id, "[{\"recordId\": \"R1\","
                + " \"caller\": \"0243\", \"callee\": \"0912\", \"startedAt\": \"2026-04-02T09:00:03+07:00\","
                + " \"durationSeconds\": 121, \"charge\": 1600}]");
        assertEquals(0, rows("test_call", id));
        assertEquals(0, rows("charging_record", id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void auditRecordsAndLinesPostedAsCsvAreStored() {
        String id = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        storedAsCsv("/api/v1/billing/invoice-audits/{id}/charging-records", id, AUDIT_ROWS, 2);
        assertEquals(2, rows("charging_record", id));
        storedAsCsv("/api/v1/billing/invoice-audits/{id}/invoice-lines", id, AUDIT_ROWS, 2);
        assertEquals(2, rows("invoice_line", id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void jsonPostedToTheAuditsCsvPathsIs415() {
        String id = TestData.audit("ALPHA", null, "2026-04-01", "2026-06-30");
        refusedAsJson("/api/v1/billing/invoice-audits/{id}/charging-records", id, AUDIT_JSON);
        refusedAsJson("/api/v1/billing/invoice-audits/{id}/invoice-lines", id, AUDIT_JSON);
        assertEquals(0, rows("charging_record", id));
        assertEquals(0, rows("invoice_line", id));
    }

    @Test
    void theDocumentTypesTheJsonBodyAndOffersACsvOnlyOperation() {
        var paths = UploadDocument.paths();
        UploadDocument.check(paths, "/api/v1/billing/campaigns/{id}/test-calls", "post",
                "uploadBillingTestCalls", "BillingTestCallRow");
        UploadDocument.check(paths, "/api/v1/billing/campaigns/{id}/charging-records", "post",
                "uploadBillingChargingRecords", "BillingChargingRecordRow");
        UploadDocument.check(paths, "/api/v1/billing/invoice-audits/{id}/charging-records", "post",
                "uploadAuditChargingRecords", "InvoiceAuditRow");
        UploadDocument.check(paths, "/api/v1/billing/invoice-audits/{id}/invoice-lines", "post",
                "uploadAuditInvoiceLines", "InvoiceAuditRow");
    }
}

package org.qos.billing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qos.billing.rest.TestData.CALLS_HEADER;
import static org.qos.billing.rest.TestData.CSV;
import static org.qos.billing.rest.TestData.PROBLEM;
import static org.qos.billing.rest.TestData.RECORDS_HEADER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.JsonNumbers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Test-call campaigns against the real local PostgreSQL (database qos_test), with test identities. */
@QuarkusTest
class BillingCampaignResourceTest {

    static {
        JsonNumbers.readAsDoubles();
    }

    /** Every kind of discrepancy, an excluded call and a duplicate record, in mid-April 2026 (+07:00). */
    static final String EVERY_KIND_CALLS = CALLS_HEADER
            + "OK,+84 24 3825 1234,0912 345 678,ON_NET,2026-04-15T09:00:00+07:00,120\n"
            + "DUR,+84 24 3825 1234,0912000001,OTHER_PHS,2026-04-15T09:10:00+07:00,100\n"
            + "NUM,0243000002,0912000002,PSTN,2026-04-15T09:20:00+07:00,200\n"
            + "NOT,0243000003,0912000003,MOBILE,2026-04-15T09:30:00+07:00,90\n"
            + "EXC,0243000004,0912000004,MOBILE,2026-04-15T09:40:00+07:00,45\n";
    static final String EVERY_KIND_RECORDS = RECORDS_HEADER
            + "R-OK,842438251234,0912345678,2026-04-15T09:00:05+07:00,121,1600\n"
            + "R-OK-2,842438251234,0912345678,2026-04-15T09:00:06+07:00,120,1600\n"
            + "R-DUR,842438251234,0912000001,2026-04-15T09:10:02+07:00,110,1500\n"
            + "R-NUM,0243000002,0912999999,2026-04-15T09:20:01+07:00,198,2600\n"
            + "R-EXC,0243000004,0912000004,2026-04-15T09:40:00+07:00,45,800\n"
            + "R-GHOST,0243000005,0912000005,2026-04-15T10:00:00+07:00,60,800\n";

    static void upload(String id, String kind, String body) {
        given().contentType(CSV).body(body).post("/api/v1/billing/campaigns/{id}/" + kind, id)
                .then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void everyKindOfDiscrepancyIsFoundAndCounted() {
        String id = TestData.campaign("ALPHA");
        upload(id, "test-calls", EVERY_KIND_CALLS);
        upload(id, "charging-records", EVERY_KIND_RECORDS);

        JsonPath result = given().get("/api/v1/billing/campaigns/{id}/result", id).then().statusCode(200)
                .body("", hasSize(2)).extract().jsonPath();
        assertEquals("billing.wrong-calls", result.getString("[0].kpiId"));
        assertEquals("3.6.1", result.getString("[0].clause"));
        assertEquals(5.0 / 6, result.getDouble("[0].value"), 0.0);
        assertEquals("INSUFFICIENT_DATA", result.getString("[0].verdict"));
        assertEquals("CLOPPER_PEARSON", result.getString("[0].confidence.method"));
        assertEquals(5.0, result.getDouble("[0].sample.total"));
        assertEquals(4.0, result.getDouble("[0].sample.valid"));
        assertEquals(1.0, result.getDouble("[0].sample.exclusions.OUT_OF_RANGE_DURATION"));
        assertEquals(2.0, result.getDouble("[0].discrepancies.PHANTOM"));
        assertEquals(1.0, result.getDouble("[0].discrepancies.WRONG_NUMBER"));
        assertEquals(6.0, result.getDouble("[0].trials"));
        assertEquals("billing.wrong-time", result.getString("[1].kpiId"));
        assertEquals(282.0 / 510, result.getDouble("[1].value"), 0.0);
        assertEquals(282.0, result.getDouble("[1].errorSeconds"));
        assertEquals(510.0, result.getDouble("[1].realSeconds"));
        org.junit.jupiter.api.Assertions.assertNull(result.get("[1].confidence"));

        JsonPath all = given().get("/api/v1/billing/campaigns/{id}/discrepancies", id).then().statusCode(200)
                .header("X-Total-Count", "5").extract().jsonPath();
        assertEquals(List.of("WRONG_DURATION", "WRONG_NUMBER", "NOT_CHARGED", "PHANTOM", "PHANTOM"),
                all.getList("kind"));
        assertEquals(List.of("DUR", "NUM", "NOT"), all.getList("callId").subList(0, 3));
        assertEquals(java.util.Arrays.asList("R-DUR", "R-NUM", null, "R-OK-2", "R-GHOST"), all.getList("recordId"));
        assertEquals(List.of(10L, 2L, 90L, 120L, 60L),
                all.getList("errorSeconds", Number.class).stream().map(Number::longValue).toList());
        // pages cross from the phantoms near a call to the others
        given().queryParam("page", 1).queryParam("size", 2).get("/api/v1/billing/campaigns/{id}/discrepancies", id)
                .then().statusCode(200).header("X-Total-Count", "5")
                .body("recordId", equalTo(java.util.Arrays.asList(null, "R-OK-2")));
        given().queryParam("page", 2).queryParam("size", 2).get("/api/v1/billing/campaigns/{id}/discrepancies", id)
                .then().statusCode(200).body("recordId", equalTo(List.of("R-GHOST")))
                .body("[0].callId", nullValue()).body("[0].recordedSeconds", equalTo(60));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aThousandValidCallsInEveryDirectionWithOneWrongDurationPass() {
        String id = TestData.campaign("ALPHA");
        StringBuilder calls = new StringBuilder(CALLS_HEADER);
        StringBuilder records = new StringBuilder(RECORDS_HEADER);
        OffsetDateTime start = OffsetDateTime.parse("2026-05-01T08:00:00+07:00");
        String[] directions = {"ON_NET", "OTHER_PHS", "PSTN", "MOBILE"};
        for (int i = 0; i < 1000; i++) {
            long seconds = i == 0 ? 60 : i == 1 ? 360 : 100;
            OffsetDateTime at = start.plusSeconds(i * 400L);
            String caller = String.format("0243%06d", i % 7);
            String callee = String.format("0912%06d", i);
            calls.append("C").append(i).append(',').append(caller).append(',').append(callee).append(',')
                    .append(directions[i % 4]).append(',').append(at).append(',').append(seconds).append('\n');
            // the switch's clock is 3 s ahead; record 5 is 2 s too long (tolerance 1 s)
            records.append("R").append(i).append(',').append(caller).append(',').append(callee).append(',')
                    .append(at.plusSeconds(3)).append(',').append(i == 5 ? seconds + 2 : seconds).append(",1000\n");
        }
        calls.append("X,0243999999,0912999999,MOBILE,2026-06-01T08:00:00+07:00,59\n");
        upload(id, "test-calls", calls.toString());
        upload(id, "charging-records", records.toString());

        JsonPath result = given().get("/api/v1/billing/campaigns/{id}/result", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0.001, result.getDouble("[0].value"), 0.0);
        assertEquals("PASS", result.getString("[0].verdict"), result.prettify());
        assertEquals(1001.0, result.getDouble("[0].sample.total"));
        assertEquals(1000.0, result.getDouble("[0].sample.valid"));
        assertEquals(true, result.getBoolean("[0].sample.sufficient"));
        assertEquals("PASS", result.getString("[1].verdict"));
        assertEquals(2.0, result.getDouble("[1].errorSeconds"));
        assertEquals(60.0 + 360 + 998 * 100, result.getDouble("[1].realSeconds"));
        given().get("/api/v1/billing/campaigns/{id}/discrepancies", id).then().statusCode(200)
                .header("X-Total-Count", "1").body("[0].kind", equalTo("WRONG_DURATION"))
                .body("[0].callId", equalTo("C5"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void badRowsAre400NamingRowAndFieldAndNothingIsStored() {
        String id = TestData.campaign("ALPHA");
        given().contentType(CSV).body(CALLS_HEADER
                + "C1,0243000001,0912000001,ON_NET,2026-04-15T09:00:00+07:00,120\n"
                + "C2,0243000001,0912000001,ON_NET,2026-04-15T09:10:00+07:00,-5\n"
                + "C3,0243000001,0912000001,ON_NET,2026-04-15T09:20:00+07:00,abc\n"
                + "C4,0243000001,0912000001,SATELLITE,2026-04-15T09:30:00+07:00,120\n"
                + "C5,+() -,0912000001,ON_NET,2026-04-15T09:40:00+07:00,120\n")
                .post("/api/v1/billing/campaigns/{id}/test-calls", id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.row", equalTo(List.of(2, 3, 4, 5)))
                .body("errors.field", equalTo(List.of("durationSeconds", "durationSeconds", "direction", "caller")));
        assertEquals(0, TestData.count("SELECT count(*) FROM billing.test_call WHERE campaign_id = ?",
                UUID.fromString(id)));

        given().contentType(ContentType.JSON).body("[{\"recordId\":\"R1\",\"caller\":\"0243\",\"callee\":\"0912\","
                + "\"startedAt\":\"2026-04-15T09:00:00+07:00\",\"durationSeconds\":60,\"charge\":1},"
                + "{\"recordId\":\"R1\",\"caller\":\"0243\",\"callee\":\"0912\","
                + "\"startedAt\":\"2026-05-15T09:00:00+07:00\",\"durationSeconds\":60,\"charge\":1}]")
                .post("/api/v1/billing/campaigns/{id}/charging-records", id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("recordId"));
        assertEquals(0, TestData.count("SELECT count(*) FROM billing.charging_record WHERE campaign_id = ?",
                UUID.fromString(id)));

        given().contentType(CSV).body(RECORDS_HEADER + "R1,0243,0912,2026-04-15T09:00:00+07:00,60,x\n")
                .post("/api/v1/billing/campaigns/{id}/charging-records", id)
                .then().statusCode(400).body("errors[0].field", equalTo("charge"));
        given().contentType(ContentType.JSON).body("[{\"recordId\":\"R1\",\"caller\":\"0243\",\"callee\":\"0912\","
                + "\"startedAt\":\"2026-04-15T09:00:00+07:00\",\"durationSeconds\":60,\"charge\":1,\"extra\":1}]")
                .post("/api/v1/billing/campaigns/{id}/charging-records", id)
                .then().statusCode(400).body("errors[0].field", equalTo("extra"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aRecordIdRepeatedWithinABatchIs400NamingItsSecondRowAndNothingIsStored() {
        String id = TestData.campaign("ALPHA");
        StringBuilder records = new StringBuilder(RECORDS_HEADER);
        for (int i = 1; i <= 500; i++) {
            // the repeat lies in another month (another partition) than its first
            String recordId = i == 377 ? "R12" : "R" + i;
            records.append(recordId).append(",0243000001,0912000001,2026-0").append(4 + i % 3).append("-15T09:00:00+07:00,60,100\n");
        }
        given().contentType(CSV).body(records.toString())
                .post("/api/v1/billing/campaigns/{id}/charging-records", id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].row", equalTo(377)).body("errors[0].field", equalTo("recordId"))
                .body("errors[0].message", containsString("'R12' appears earlier in this batch"));
        assertEquals(0, TestData.count("SELECT count(*) FROM billing.charging_record WHERE campaign_id = ?",
                UUID.fromString(id)));
        given().contentType(CSV).body(records.toString().replace("\nR12,0243000001,0912000001,2026-06",
                        "\nR1000,0243000001,0912000001,2026-06"))
                .post("/api/v1/billing/campaigns/{id}/charging-records", id)
                .then().statusCode(200).body("accepted", equalTo(500));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aRowIdStoredByAnEarlierBatchIs409AndADryRunStoresNothing() {
        String id = TestData.campaign("ALPHA");
        String first = RECORDS_HEADER + "R1,0243000001,0912000001,2026-04-15T09:00:00+07:00,60,100\n";
        given().contentType(CSV).queryParam("dryRun", true).body(first)
                .post("/api/v1/billing/campaigns/{id}/charging-records", id)
                .then().statusCode(200).body("accepted", equalTo(1)).body("dryRun", equalTo(true));
        assertEquals(0, TestData.count("SELECT count(*) FROM billing.charging_record WHERE campaign_id = ?",
                UUID.fromString(id)));
        upload(id, "charging-records", first);
        given().contentType(CSV).body(RECORDS_HEADER
                + "R2,0243000001,0912000001,2026-05-15T09:00:00+07:00,60,100\n"
                + "R1,0243000001,0912000001,2026-06-15T09:00:00+07:00,60,100\n")
                .post("/api/v1/billing/campaigns/{id}/charging-records", id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", containsString("duplicate-row"))
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("recordId"));
        assertEquals(1, TestData.count("SELECT count(*) FROM billing.charging_record WHERE campaign_id = ?",
                UUID.fromString(id)));

        String call = CALLS_HEADER + "C1,0243000001,0912000001,ON_NET,2026-04-15T09:00:00+07:00,60\n";
        upload(id, "test-calls", call);
        given().contentType(CSV).body(call).post("/api/v1/billing/campaigns/{id}/test-calls", id)
                .then().statusCode(409).body("errors[0].field", equalTo("callId"));
        given().get("/api/v1/billing/campaigns/{id}/batches", id).then().statusCode(200)
                .header("X-Total-Count", "2").body("[0].sha256", notNullValue());
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void twoConcurrentBatchesWithOneRecordIdStoreItOnce() throws Exception {
        String id = TestData.campaign("ALPHA");
        upload(id, "charging-records", RECORDS_HEADER + "R0,0243000001,0912000001,2026-04-15T08:00:00+07:00,60,100\n");
        StringBuilder big = new StringBuilder(RECORDS_HEADER);
        for (int i = 1; i <= 2000; i++) {
            big.append("B").append(i).append(",0243000001,0912000001,2026-04-16T08:00:00+07:00,60,100\n");
        }
        String first = big + "SAME,0243000001,0912000001,2026-04-15T09:00:00+07:00,60,100\n";
        String second = RECORDS_HEADER + "SAME,0243000001,0912000001,2026-05-15T09:00:00+07:00,60,100\n";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> given().contentType(CSV).body(first)
                    .post("/api/v1/billing/campaigns/{id}/charging-records", id).statusCode());
            var b = pool.submit(() -> given().contentType(CSV).body(second)
                    .post("/api/v1/billing/campaigns/{id}/charging-records", id).statusCode());
            List<Integer> codes = new java.util.ArrayList<>(List.of(a.get(), b.get()));
            java.util.Collections.sort(codes);
            assertEquals(List.of(200, 409), codes);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, TestData.count("SELECT count(*) FROM billing.charging_record WHERE campaign_id = ?"
                + " AND record_id = 'SAME'", UUID.fromString(id)));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aClosedCampaignKeepsItsResultAndRefusesUploads() {
        String id = TestData.campaign("ALPHA");
        upload(id, "test-calls", EVERY_KIND_CALLS);
        upload(id, "charging-records", EVERY_KIND_RECORDS);
        given().post("/api/v1/billing/campaigns/{id}/close", id).then().statusCode(200).body("status", equalTo("CLOSED"));
        given().contentType(CSV).body(RECORDS_HEADER + "R9,0243000001,0912000001,2026-04-15T11:00:00+07:00,60,100\n")
                .post("/api/v1/billing/campaigns/{id}/charging-records", id).then().statusCode(409);
        JsonPath frozen = given().get("/api/v1/billing/campaigns/{id}/result", id).then().statusCode(200)
                .body("[1].kpiId", equalTo("billing.wrong-time")).extract().jsonPath();
        assertEquals(5.0 / 6, frozen.getDouble("[0].value"), 0.0);
        given().queryParam("operatorId", "ALPHA").queryParam("from", "2026-04-01").queryParam("to", "2026-06-30")
                .get("/api/v1/billing/compliance").then().statusCode(200)
                .body("findAll { it.campaignId == '" + id + "' }.kpiId",
                        equalTo(List.of("billing.wrong-calls", "billing.wrong-time")));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void campaignsAreValidated() {
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"ALPHA\",\"periodStart\":\"2026-06-30\","
                + "\"periodEnd\":\"2026-04-01\",\"matchWindowSeconds\":-1}")
                .post("/api/v1/billing/campaigns").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("periodEnd", "matchWindowSeconds")));
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"ALPHA\",\"periodStart\":\"2026-04-01\","
                + "\"periodEnd\":\"2026-06-30\"}")
                .post("/api/v1/billing/campaigns").then().statusCode(201)
                .header("Location", containsString("/api/v1/billing/campaigns/"))
                .body("durationToleranceSeconds", equalTo(1)).body("matchWindowSeconds", equalTo(30));
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void anOperatorNeverTouchesAnotherOperatorsCampaign() {
        String beta = TestData.insertOtherOperators("campaign", "BETA");
        given().get("/api/v1/billing/campaigns/{id}", beta).then().statusCode(403).contentType(PROBLEM);
        given().get("/api/v1/billing/campaigns/{id}/result", beta).then().statusCode(403);
        given().get("/api/v1/billing/campaigns/{id}/discrepancies", beta).then().statusCode(403);
        given().contentType(CSV).body(CALLS_HEADER + "C1,0243,0912,ON_NET,2026-04-15T09:00:00+07:00,60\n")
                .post("/api/v1/billing/campaigns/{id}/test-calls", beta).then().statusCode(403);
        assertEquals(0, TestData.count("SELECT count(*) FROM billing.test_call WHERE campaign_id = ?",
                UUID.fromString(beta)));
        given().queryParam("operatorId", "BETA").get("/api/v1/billing/campaigns").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"BETA\",\"periodStart\":\"2026-04-01\","
                + "\"periodEnd\":\"2026-06-30\"}").post("/api/v1/billing/campaigns").then().statusCode(403);
        String own = TestData.campaign("ALPHA");
        given().get("/api/v1/billing/campaigns").then().statusCode(200)
                .body("findAll { it.operatorId != 'ALPHA' }", hasSize(0))
                .body("find { it.id == '" + own + "' }.operatorId", equalTo("ALPHA"));
    }

    @Test
    void withoutATokenIs401() {
        given().get("/api/v1/billing/campaigns").then().statusCode(401);
    }
}

package org.qos.billing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qos.billing.rest.BillingCampaignResourceTest.EVERY_KIND_CALLS;
import static org.qos.billing.rest.BillingCampaignResourceTest.EVERY_KIND_RECORDS;
import static org.qos.billing.rest.BillingCampaignResourceTest.upload;
import static org.qos.billing.rest.TestData.AUDIT_HEADER;
import static org.qos.billing.rest.TestData.CALLS_HEADER;
import static org.qos.billing.rest.TestData.CSV;
import static org.qos.billing.rest.TestData.RECORDS_HEADER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.billing.repository.ChargingPartitions;
import org.qos.billing.service.RetentionService;
import org.qos.campaigns.testing.JsonNumbers;
import org.qos.campaigns.testing.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Retention never changes a result (issue 15): an open campaign keeps every row, however old; a closed campaign's
 * rows go once all are past the retention, and its result and discrepancies, frozen at close, stay as they were; each
 * purge is in the purge log, which only the regulator reads.
 */
@QuarkusTest
class CampaignRetentionTest {

    static {
        JsonNumbers.readAsDoubles();
    }

    @Inject
    TestClock clock;

    @Inject
    RetentionService retention;

    static long calls(String campaign) {
        return TestData.count("SELECT count(*) FROM billing.test_call WHERE campaign_id = ?", UUID.fromString(campaign));
    }

    static long records(String campaign) {
        return TestData.count("SELECT count(*) FROM billing.charging_record WHERE campaign_id = ?",
                UUID.fromString(campaign));
    }

    /** The records the campaign's totals count (0 when it has none kept). */
    static long totals(String campaign) {
        return TestData.count("SELECT coalesce(sum(records), 0) FROM billing.charging_record_totals WHERE campaign_id = ?",
                UUID.fromString(campaign));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anOpenCampaignKeepsItsRowsAndItsPassTwoYearsLater() {
        String id = TestData.campaign("ALPHA");
        StringBuilder calls = new StringBuilder(CALLS_HEADER);
        StringBuilder records = new StringBuilder(RECORDS_HEADER);
        OffsetDateTime start = OffsetDateTime.parse("2026-05-01T08:00:00+07:00");
        String[] directions = {"ON_NET", "OTHER_PHS", "PSTN", "MOBILE"};
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime at = start.plusSeconds(i * 400L);
            String caller = String.format("0243%06d", i % 7);
            String callee = String.format("0912%06d", i);
            calls.append("C").append(i).append(',').append(caller).append(',').append(callee).append(',')
                    .append(directions[i % 4]).append(',').append(at).append(",100\n");
            records.append("R").append(i).append(',').append(caller).append(',').append(callee).append(',')
                    .append(at.plusSeconds(3)).append(',').append(i == 5 ? 102 : 100).append(",1000\n");
        }
        upload(id, "test-calls", calls.toString());
        upload(id, "charging-records", records.toString());
        JsonPath before = given().get("/api/v1/billing/campaigns/{id}/result", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("PASS", before.getString("[0].verdict"), before.prettify());

        // two years later every row is past the 180 days; the campaign is open, so none goes
        clock.set(OffsetDateTime.parse("2028-10-15T09:00:00+07:00"));
        RetentionService.Purged purged = retention.purge();
        assertNull(purged.dropped().skipped());
        assertTrue(purged.dropped().kept().get(ChargingPartitions.TEST_CALLS) >= 1000, purged.toString());
        assertTrue(purged.dropped().kept().get(ChargingPartitions.CHARGING_RECORDS) >= 1000, purged.toString());
        assertEquals(1000, calls(id));
        assertEquals(1000, records(id));
        JsonPath after = given().get("/api/v1/billing/campaigns/{id}/result", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("PASS", after.getString("[0].verdict"), after.prettify());
        assertEquals("PASS", after.getString("[1].verdict"));
        assertEquals(before.getDouble("[0].value"), after.getDouble("[0].value"), 0.0);
        assertEquals(before.getDouble("[1].value"), after.getDouble("[1].value"), 0.0);
        given().get("/api/v1/billing/campaigns/{id}/discrepancies", id).then().statusCode(200)
                .header("X-Total-Count", "1").body("[0].callId", equalTo("C5"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aClosedCampaignsResultAndDiscrepanciesOutliveItsRows() {
        String id = TestData.campaign("ALPHA");
        upload(id, "test-calls", EVERY_KIND_CALLS);
        upload(id, "charging-records", EVERY_KIND_RECORDS);
        assertEquals(records(id), totals(id), "the records counted as they were copied");
        String live = given().get("/api/v1/billing/campaigns/{id}/discrepancies", id).then().statusCode(200)
                .header("X-Total-Count", "5").extract().asString();

        given().post("/api/v1/billing/campaigns/{id}/close", id).then().statusCode(200);
        String result = given().get("/api/v1/billing/campaigns/{id}/result", id).then().statusCode(200)
                .extract().asString();
        // frozen at close, exactly as computed from the rows
        assertEquals(live, given().get("/api/v1/billing/campaigns/{id}/discrepancies", id).then().statusCode(200)
                .header("X-Total-Count", "5").extract().asString());
        assertEquals(5, TestData.count("SELECT count(*) FROM billing.frozen_discrepancy WHERE campaign_id = ?",
                UUID.fromString(id)));

        // a year later every row is past the retention: the closed campaign's calls and records go together
        clock.set(OffsetDateTime.parse("2027-06-01T09:00:00+07:00"));
        retention.purge();
        assertEquals(0, calls(id));
        assertEquals(0, records(id));
        assertEquals(0, totals(id), "the totals go with the records");

        assertEquals(result, given().get("/api/v1/billing/campaigns/{id}/result", id).then().statusCode(200)
                .extract().asString());
        assertEquals(live, given().get("/api/v1/billing/campaigns/{id}/discrepancies", id).then().statusCode(200)
                .header("X-Total-Count", "5").extract().asString());
        JsonPath all = JsonPath.from(live);
        assertEquals(List.of("WRONG_DURATION", "WRONG_NUMBER", "NOT_CHARGED", "PHANTOM", "PHANTOM"), all.getList("kind"));
        // paging over the frozen list
        given().queryParam("page", 1).queryParam("size", 2).get("/api/v1/billing/campaigns/{id}/discrepancies", id)
                .then().statusCode(200).header("X-Total-Count", "5")
                .body("recordId", equalTo(java.util.Arrays.asList(null, "R-OK-2")));
        given().queryParam("page", 2).queryParam("size", 2).get("/api/v1/billing/campaigns/{id}/discrepancies", id)
                .then().statusCode(200).body("recordId", equalTo(List.of("R-GHOST")))
                .body("[0].callId", equalTo(null)).body("[0].recordedSeconds", equalTo(60));
        given().queryParam("page", 3).get("/api/v1/billing/campaigns/{id}/discrepancies", id)
                .then().statusCode(200).header("X-Total-Count", "5").body("size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void eachPurgeIsLoggedWithWhatItRemovedAndKept() {
        // far ahead: a first purge removes whatever earlier tests left removable, so the next one removes ours only
        clock.set(OffsetDateTime.parse("2029-01-15T09:00:00+07:00"));
        retention.purge();
        UUID audit = UUID.fromString(TestData.audit("LOGGED", null, "2026-03-01", "2026-03-31"));
        given().contentType(CSV).body(AUDIT_HEADER
                + "L1,0243,0912,2026-03-02T10:00:00+07:00,2026-03-02T10:01:00+07:00,800\n"
                + "L2,0243,0912,2026-03-03T10:00:00+07:00,2026-03-03T10:01:00+07:00,800\n")
                .post("/api/v1/billing/invoice-audits/{id}/charging-records", audit).then().statusCode(200);
        given().contentType(CSV).body(AUDIT_HEADER
                + "L1,0243,0912,2026-03-02T10:00:00+07:00,2026-03-02T10:01:00+07:00,800\n"
                + "L2,0243,0912,2026-03-03T10:00:00+07:00,2026-03-03T10:01:00+07:00,900\n")
                .post("/api/v1/billing/invoice-audits/{id}/invoice-lines", audit).then().statusCode(200);
        String campaign = TestData.campaign("ALPHA");
        upload(campaign, "test-calls", EVERY_KIND_CALLS);
        upload(campaign, "charging-records", EVERY_KIND_RECORDS);
        given().post("/api/v1/billing/invoice-audits/{id}/close", audit).then().statusCode(200);
        given().post("/api/v1/billing/campaigns/{id}/close", campaign).then().statusCode(200);

        clock.set(OffsetDateTime.parse("2029-01-16T09:00:00+07:00"));
        RetentionService.Purged purged = retention.purge();
        assertEquals(Map.of("chargingRecords", 8L, "testCalls", 5L, "invoiceLines", 2L), purged.dropped().removed());

        Response listed = given().queryParam("page", 0).queryParam("size", 1).get("/api/v1/billing/purges");
        listed.then().statusCode(200).contentType("application/json");
        assertTrue(Long.parseLong(listed.header("X-Total-Count")) >= 2, listed.header("X-Total-Count"));
        JsonPath latest = listed.jsonPath();
        assertEquals(1, latest.getList("").size());
        assertEquals(8, latest.getInt("[0].removed.chargingRecords"));
        assertEquals(5, latest.getInt("[0].removed.testCalls"));
        assertEquals(2, latest.getInt("[0].removed.invoiceLines"));
        for (Map.Entry<String, Long> kept : purged.dropped().kept().entrySet()) {
            assertEquals(kept.getValue(), latest.getLong("[0].kept." + kept.getKey()), kept.getKey());
        }
        assertEquals("P180D", latest.getString("[0].retention"));
        assertEquals("2029-01-16T09:00:00+07:00", latest.getString("[0].ranAt"));
        assertEquals(OffsetDateTime.parse(latest.getString("[0].cutoff")).toInstant(), purged.cutoff());
        // the one before: the first purge of this test
        given().queryParam("page", 1).queryParam("size", 1).get("/api/v1/billing/purges").then().statusCode(200)
                .body("[0].ranAt", equalTo("2029-01-15T09:00:00+07:00"))
                .body("[0].id", equalTo(latest.getInt("[0].id") - 1));
        given().queryParam("size", 0).get("/api/v1/billing/purges").then().statusCode(400);
        given().queryParam("page", "x").get("/api/v1/billing/purges").then().statusCode(400);
    }

    @Test
    void thePurgeLogIsATypedPagedOperation() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String get = "paths.'/api/v1/billing/purges'.get";
        assertEquals("listBillingPurges", document.getString(get + ".operationId"));
        assertEquals("array", document.getString(get + ".responses.'200'.content.'application/json'.schema.type"));
        assertEquals("#/components/schemas/PurgeRecord",
                document.getString(get + ".responses.'200'.content.'application/json'.schema.items.$ref"));
        assertTrue(document.getMap(get + ".responses.'200'.headers").containsKey("X-Total-Count"));
        assertTrue(document.getMap(get + ".responses").containsKey("403"));
        assertEquals(List.of("page", "size"), document.getList(get + ".parameters.name"));
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void anOperatorMayNotReadThePurgeLog() {
        given().get("/api/v1/billing/purges").then().statusCode(403);
    }
}

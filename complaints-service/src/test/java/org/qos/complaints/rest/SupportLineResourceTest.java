package org.qos.complaints.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qos.complaints.rest.Api.COMPLAINTS;
import static org.qos.complaints.rest.Api.PROBLEM;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.JsonNumbers;
import org.qos.campaigns.testing.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** Subscriber counts, outages and support-call logs against the real local PostgreSQL. */
@QuarkusTest
class SupportLineResourceTest {

    static {
        JsonNumbers.readAsDoubles();
    }

    @Inject
    TestClock clock;

    private static final String CALLS = COMPLAINTS + "/support-calls";
    private static final String HEADER = "callId,at,answeredAfterSeconds\n";

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void subscriberCountsAndOutagesAreStoredAsSent() {
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"SUPA\",\"asOf\":\"2026-09-30\",\"count\":1000}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(201)
                .body("count", equalTo(1000)).body("asOf", equalTo("2026-09-30")).body("recordedBy", equalTo("regulator"));
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"SUPA\",\"startedAt\":\"2026-07-10T02:00:00+07:00\","
                        + "\"endedAt\":\"2026-07-10T03:00:00+07:00\",\"cause\":\"PBX restart\"}")
                .post(COMPLAINTS + "/support-outages").then().statusCode(201)
                .body("id", notNullValue()).body("endedAt", equalTo("2026-07-10T03:00:00+07:00"));
        given().queryParam("operatorId", "SUPA").get(COMPLAINTS + "/support-outages").then().statusCode(200)
                .header("X-Total-Count", "1").body("[0].cause", equalTo("PBX restart"));
        given().queryParam("operatorId", "SUPA").get(COMPLAINTS + "/subscriber-counts").then().statusCode(200)
                .header("X-Total-Count", "1");
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void badCountsAndOutagesNameTheirFieldAndStoreNothing() {
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"SUPB\",\"asOf\":\"2026-09-30\",\"count\":-1}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("count"));
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"SUPB\",\"asOf\":\"2026-09-31\",\"count\":1}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"SUPB\",\"startedAt\":\"2026-07-10T03:00:00+07:00\","
                        + "\"endedAt\":\"2026-07-10T02:59:59+07:00\"}")
                .post(COMPLAINTS + "/support-outages").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("endedAt"))
                .body("errors[0].message", containsString("after startedAt"));
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"SUPB\",\"startedAt\":\"2026-07-10T03:00:00+07:00\"}")
                .post(COMPLAINTS + "/support-outages").then().statusCode(400)
                .body("errors[0].field", equalTo("endedAt"));
        // an outage that has not ended yet (in the future, beyond the clock skew) or before 1970: 400 naming the dates
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"SUPB\",\"startedAt\":\"2126-07-10T03:00:00+07:00\","
                        + "\"endedAt\":\"2126-07-10T04:00:00+07:00\"}")
                .post(COMPLAINTS + "/support-outages").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("startedAt", "endedAt"))
                .body("errors[0].message", containsString("future"));
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"SUPB\",\"startedAt\":\"1969-12-31T03:00:00+07:00\","
                        + "\"endedAt\":\"2026-07-10T04:00:00+07:00\"}")
                .post(COMPLAINTS + "/support-outages").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("startedAt"))
                .body("errors[0].message", containsString("1970-01-01"));
        assertEquals(0, TestData.rows("subscriber_count", "SUPB"));
        assertEquals(0, TestData.rows("support_outage", "SUPB"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void supportCallsFromCsvAndJson() {
        given().contentType("text/csv").queryParam("operatorId", "CALLS")
                .body(HEADER + "C1,2026-07-01T08:00:00+07:00,60\nC2,2026-07-01T08:01:00+07:00,\n")
                .post(CALLS).then().statusCode(200).body("accepted", equalTo(2)).body("batchId", notNullValue());
        given().contentType(ContentType.JSON).queryParam("operatorId", "CALLS")
                .body("[{\"callId\":\"C3\",\"at\":\"2026-07-01T08:02:00+07:00\",\"answeredAfterSeconds\":60.5},"
                        + "{\"callId\":\"C4\",\"at\":\"2026-07-01T08:03:00+07:00\",\"answeredAfterSeconds\":null}]")
                .post(CALLS).then().statusCode(200).body("accepted", equalTo(2));
        assertEquals(4, TestData.supportCalls("CALLS"));
        // dry run: valid, nothing stored
        given().contentType("text/csv").queryParam("operatorId", "CALLS").queryParam("dryRun", true)
                .body(HEADER + "C5,2026-07-01T08:04:00+07:00,1\n")
                .post(CALLS).then().statusCode(200).body("accepted", equalTo(1)).body("dryRun", equalTo(true))
                .body("batchId", nullValue());
        assertEquals(4, TestData.supportCalls("CALLS"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void badSupportCallsNameRowAndFieldAndStoreNothing() {
        String csv = HEADER
                + "D1,2026-07-01T08:00:00+07:00,12\n"
                + "D2,not-a-time,12\n"
                + "D3,2026-07-01T08:00:00+07:00,-1\n"
                + ",2026-07-01T08:00:00+07:00,5\n";
        given().contentType("text/csv").queryParam("operatorId", "BADCALLS").body(csv).post(CALLS).then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://qos.example/problems/invalid-rows"))
                .body("detail", containsString("3 of 4 rows are invalid"))
                .body("errors.find { it.row == 2 }.field", equalTo("at"))
                .body("errors.find { it.row == 3 }.field", equalTo("answeredAfterSeconds"))
                .body("errors.find { it.row == 4 }.field", equalTo("callId"));
        given().contentType("text/csv").queryParam("operatorId", "BADCALLS")
                .body("callId,at\nD1,2026-07-01T08:00:00+07:00\n").post(CALLS).then().statusCode(400)
                .body("errors[0].field", equalTo("answeredAfterSeconds"));
        given().contentType(ContentType.JSON).queryParam("operatorId", "BADCALLS")
                .body("[{\"callId\":\"D9\",\"at\":\"2026-07-01T08:00:00+07:00\",\"waited\":3}]").post(CALLS).then()
                .statusCode(400).body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("waited"));
        // a callId repeated within the batch: 400 naming the later row
        given().contentType("text/csv").queryParam("operatorId", "BADCALLS")
                .body(HEADER + "E1,2026-07-01T08:00:00+07:00,1\nE2,2026-07-01T08:00:00+07:00,1\nE1,2026-07-01T08:00:00+07:00,1\n")
                .post(CALLS).then().statusCode(400)
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("callId"));
        assertEquals(0, TestData.supportCalls("BADCALLS"));
        // stored by an earlier batch: 409, and nothing of the new batch is stored
        given().contentType("text/csv").queryParam("operatorId", "BADCALLS")
                .body(HEADER + "F1,2026-07-01T08:00:00+07:00,1\n").post(CALLS).then().statusCode(200);
        given().contentType("text/csv").queryParam("operatorId", "BADCALLS")
                .body(HEADER + "F2,2026-07-01T08:00:00+07:00,1\nF1,2026-07-01T08:00:00+07:00,1\n").post(CALLS).then()
                .statusCode(409).contentType(PROBLEM)
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("callId"));
        assertEquals(1, TestData.supportCalls("BADCALLS"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anIdempotencyKeyReplaysAndRefusesAnotherBody() {
        String body = HEADER + "K1,2026-07-01T08:00:00+07:00,3\n";
        String batch = given().contentType("text/csv").queryParam("operatorId", "IDEM").header("Idempotency-Key", "k-1")
                .body(body).post(CALLS).then().statusCode(200).extract().path("batchId");
        given().contentType("text/csv").queryParam("operatorId", "IDEM").header("Idempotency-Key", "k-1")
                .body(body).post(CALLS).then().statusCode(200).body("batchId", equalTo(batch)).body("accepted", equalTo(1));
        given().contentType("text/csv").queryParam("operatorId", "IDEM").header("Idempotency-Key", "k-1")
                .body(HEADER + "K2,2026-07-01T08:00:00+07:00,3\n").post(CALLS).then().statusCode(409)
                .body("type", equalTo("https://qos.example/problems/idempotency-key-reused"));
        assertEquals(1, TestData.supportCalls("IDEM"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theRegulatorMustNameTheOperatorOfSupportCalls() {
        given().contentType("text/csv").body(HEADER + "R1,2026-07-01T08:00:00+07:00,3\n").post(CALLS).then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("operatorId"));
    }

    @Test
    @TestSecurity(user = "beta", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "BETA"))
    void anOperatorWritesOnlyItsOwnSupportData() {
        long alphaCalls = TestData.supportCalls("ALPHA");
        long alphaOutages = TestData.rows("support_outage", "ALPHA");
        long alphaCounts = TestData.rows("subscriber_count", "ALPHA");
        given().contentType("text/csv").queryParam("operatorId", "ALPHA")
                .body(HEADER + "X1,2026-07-01T08:00:00+07:00,3\n").post(CALLS).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"startedAt\":\"2026-07-10T02:00:00+07:00\",\"endedAt\":\"2026-07-10T03:00:00+07:00\"}")
                .post(COMPLAINTS + "/support-outages").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"ALPHA\",\"asOf\":\"2026-09-30\",\"count\":1}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(403);
        given().queryParam("operatorId", "ALPHA").get(COMPLAINTS + "/support-outages").then().statusCode(403);
        assertEquals(alphaCalls, TestData.supportCalls("ALPHA"));
        assertEquals(alphaOutages, TestData.rows("support_outage", "ALPHA"));
        assertEquals(alphaCounts, TestData.rows("subscriber_count", "ALPHA"));

        // its own, with operatorId left out
        given().contentType("text/csv").body(HEADER + "BETA-1,2026-07-01T08:00:00+07:00,3\n").post(CALLS).then()
                .statusCode(200).body("accepted", equalTo(1));
        given().get(COMPLAINTS + "/support-outages").then().statusCode(200).body("operatorId", everyItem(equalTo("BETA")));
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"BETA\",\"asOf\":\"2026-09-30\",\"count\":5000}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(201);
        given().get(COMPLAINTS + "/subscriber-counts").then().statusCode(200).body("count", hasItem(5000));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void countsAreBetweenOneAndTheCeilingAndRecordTheRole() {
        for (String count : new String[] {"0", "-1", "1000000001"}) {
            given().contentType(ContentType.JSON).body("{\"operatorId\":\"SUPC\",\"asOf\":\"2026-09-30\",\"count\":" + count + "}")
                    .post(COMPLAINTS + "/subscriber-counts").then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("https://qos.example/problems/invalid-request"))
                    .body("errors[0].field", equalTo("count"))
                    .body("errors[0].message", containsString("between 1 and 1000000000"));
        }
        // integers only: no decimals, no strings, no null
        for (String count : new String[] {"1.5", "1000.0", "\"12\"", "null", "true"}) {
            given().contentType(ContentType.JSON).body("{\"operatorId\":\"SUPC\",\"asOf\":\"2026-09-30\",\"count\":" + count + "}")
                    .post(COMPLAINTS + "/subscriber-counts").then().statusCode(400).contentType(PROBLEM);
        }
        assertEquals(0, TestData.rows("subscriber_count", "SUPC"));
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"SUPC\",\"asOf\":\"2026-09-30\",\"count\":1000000000}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(201)
                .body("recordedByRole", equalTo("REGULATOR"));
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"SUPC\",\"asOf\":\"2026-09-30\",\"count\":1}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(201);
    }

    @Test
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "SUPD"))
    @TestSecurity(user = "supd", roles = "operator")
    void anOperatorsCountIsMarkedAsTheOperators() {
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"SUPD\",\"asOf\":\"2026-09-30\",\"count\":42}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(201)
                .body("recordedByRole", equalTo("OPERATOR")).body("recordedBy", equalTo("supd"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void supportCallsDatedBeyondTheClockSkewAreRefusedNamingRowAndField() {
        clock.reset(); // 2026-10-15T09:00:00+07:00; 5 minutes of skew are allowed
        given().contentType("text/csv").queryParam("operatorId", "SUPF")
                .body(HEADER + "F1,2026-10-15T09:00:00+07:00,5\nF2,2026-10-15T09:05:01+07:00,5\n")
                .post(CALLS).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://qos.example/problems/invalid-rows"))
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("at"))
                .body("errors[0].message", containsString("future"));
        assertEquals(0, TestData.rows("support_call", "SUPF"));
        given().contentType("text/csv").queryParam("operatorId", "SUPF")
                .body(HEADER + "F1,2026-10-15T09:00:00+07:00,5\nF2,2026-10-15T09:05:00+07:00,5\n")
                .post(CALLS).then().statusCode(200).body("accepted", equalTo(2));
        assertEquals(2, TestData.rows("support_call", "SUPF"));
        assertEquals(0, TestData.single("SELECT count(*) FROM complaints.support_call WHERE operator_id = ?"
                + " AND received_at IS NULL", "SUPF"));
    }
}

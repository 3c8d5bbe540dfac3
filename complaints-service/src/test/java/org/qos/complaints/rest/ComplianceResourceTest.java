package org.qos.complaints.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.qos.complaints.rest.Api.COMPLAINTS;
import static org.qos.complaints.rest.Api.PROBLEM;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.JsonNumbers;
import org.qos.campaigns.testing.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** The KPI results of a period, computed by SQL aggregates over what the API stored. */
@QuarkusTest
class ComplianceResourceTest {

    private static final String COMPLIANCE = COMPLAINTS + "/compliance";

    static {
        JsonNumbers.readAsDoubles();
    }

    @Inject
    TestClock clock;

    private static void outage(String operatorId, String start, String end) {
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"startedAt\":\"" + start + "\",\"endedAt\":\"" + end + "\"}")
                .post(COMPLAINTS + "/support-outages").then().statusCode(201);
    }

    private static void subscribers(String operatorId, String asOf, long count) {
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"asOf\":\"" + asOf + "\",\"count\":" + count + "}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aQuarterOfComplaintsOutagesAndCalls() {
        // due in Q3: on time at exactly 48 h, late by 1 s, open past due; received in Q3 but due after it: not counted
        String onTime = Api.complaint("CMP", "SERVICE_QUALITY", "2026-07-01T10:00:00+07:00");
        Api.respond(onTime, "2026-07-03T10:00:00+07:00", true);
        String late = Api.complaint("CMP", "SERVICE_QUALITY", "2026-07-02T10:00:00+07:00");
        Api.respond(late, "2026-07-04T10:00:01+07:00", true);
        Api.complaint("CMP", "SERVICE_QUALITY", "2026-09-20T10:00:00+07:00");
        Api.complaint("CMP", "BILLING", "2026-09-29T12:00:00+07:00");
        // due in Q3 but received before it: counts for the 48 h, not for the rate
        String june = Api.complaint("CMP", "OTHER", "2026-06-30T12:00:00+07:00");
        Api.respond(june, "2026-07-01T12:00:00+07:00", true);
        subscribers("CMP", "2026-06-30", 500);
        subscribers("CMP", "2026-09-30", 1000);
        subscribers("CMP", "2026-10-01", 2000);
        outage("CMP", "2026-06-30T23:00:00+07:00", "2026-07-01T01:00:00+07:00");
        outage("CMP", "2026-07-10T02:00:00+07:00", "2026-07-10T03:00:00+07:00");
        outage("CMP", "2026-07-10T02:30:00+07:00", "2026-07-10T04:00:00+07:00");
        given().contentType("text/csv").queryParam("operatorId", "CMP")
                .body("callId,at,answeredAfterSeconds\nQ1,2026-07-05T08:00:00+07:00,60\nQ2,2026-07-05T08:00:00+07:00,60.5\n"
                        + "Q3,2026-07-05T08:00:00+07:00,\nQ4,2026-08-05T08:00:00+07:00,10\nQ5,2026-10-01T00:00:00+07:00,1\n")
                .post(COMPLAINTS + "/support-calls").then().statusCode(200);

        var result = given().queryParam("operatorId", "CMP").queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get(COMPLIANCE).then().statusCode(200).body("$", hasSize(4))
                .body("operatorId", everyItem(equalTo("CMP")))
                .body("confidence", everyItem(nullValue()))
                .extract().jsonPath();

        String r = "find { it.kpiId == 'complaints.response-48h' }";
        org.junit.jupiter.api.Assertions.assertAll(
                () -> org.junit.jupiter.api.Assertions.assertEquals(0.5, result.getDouble(r + ".value")),
                () -> org.junit.jupiter.api.Assertions.assertEquals("FAIL", result.getString(r + ".verdict")),
                () -> org.junit.jupiter.api.Assertions.assertTrue(result.getBoolean(r + ".conclusive")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(4, result.getInt(r + ".sample.valid")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(1, result.getInt(r + ".responses.overdueOpen")),
                () -> org.junit.jupiter.api.Assertions.assertEquals("3.8.1", result.getString(r + ".clause")),
                () -> org.junit.jupiter.api.Assertions.assertEquals("2026-10-15T09:00:00+07:00", result.getString(r + ".computedAt")));

        String rate = "find { it.kpiId == 'complaints.rate' }";
        org.junit.jupiter.api.Assertions.assertAll(
                () -> org.junit.jupiter.api.Assertions.assertEquals(3.0 * 100 * 365 / (1000 * 92), result.getDouble(rate + ".value"), 1e-15),
                () -> org.junit.jupiter.api.Assertions.assertEquals("PER_100_CUSTOMERS_PER_YEAR", result.getString(rate + ".unit")),
                () -> org.junit.jupiter.api.Assertions.assertEquals("FAIL", result.getString(rate + ".verdict")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(1000, result.getInt(rate + ".subscriberCount")),
                () -> org.junit.jupiter.api.Assertions.assertEquals("2026-09-30", result.getString(rate + ".subscriberCountAsOf")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(1, result.getInt(rate + ".sample.exclusions.BILLING")));

        String availability = "find { it.kpiId == 'support.availability' }";
        org.junit.jupiter.api.Assertions.assertAll(
                () -> org.junit.jupiter.api.Assertions.assertEquals(1 - 10_800.0 / 7_948_800, result.getDouble(availability + ".value"), 1e-15),
                () -> org.junit.jupiter.api.Assertions.assertEquals("10800", result.getString(availability + ".downtimeSeconds")),
                () -> org.junit.jupiter.api.Assertions.assertEquals("FAIL", result.getString(availability + ".verdict")));

        String answered = "find { it.kpiId == 'support.answered-60s' }";
        org.junit.jupiter.api.Assertions.assertAll(
                () -> org.junit.jupiter.api.Assertions.assertEquals(0.5, result.getDouble(answered + ".value")),
                () -> org.junit.jupiter.api.Assertions.assertNull(result.get(answered + ".verdict")),
                () -> org.junit.jupiter.api.Assertions.assertNull(result.get(answered + ".target")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(4, result.getInt(answered + ".sample.total")));
    }

    private static void complaint(String operatorId, String channel, String receivedAt) {
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"customerRef\":\"CUST-2\",\"channel\":\"" + channel
                        + "\",\"category\":\"SERVICE_QUALITY\",\"receivedAt\":\"" + receivedAt + "\",\"subject\":\"s\"}")
                .post(COMPLAINTS).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theRateCountsWrittenComplaintsAndAvailabilityNeedsEvidence() {
        for (String channel : new String[] {"LETTER", "EMAIL", "FAX", "WEB", "PHONE", "PHONE", "IN_PERSON"}) {
            complaint("CHAN", channel, "2026-08-01T10:00:00+07:00");
        }
        subscribers("CHAN", "2026-06-30", 1000);
        var result = given().queryParam("operatorId", "CHAN").queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get(COMPLIANCE).then().statusCode(200).body("$", hasSize(3))
                // every complaint counts for the 48 h written answer: 7 due in the quarter, none answered
                .body("find { it.kpiId == 'complaints.response-48h' }.sample.total", equalTo(7))
                .body("find { it.kpiId == 'complaints.rate' }.writtenServiceQualityComplaints", equalTo(4))
                .body("find { it.kpiId == 'complaints.rate' }.serviceQualityComplaints", equalTo(7))
                .body("find { it.kpiId == 'complaints.rate' }.countedChannels", equalTo(java.util.List.of("LETTER", "EMAIL", "FAX", "WEB")))
                .body("find { it.kpiId == 'complaints.rate' }.byChannel.PHONE", equalTo(2))
                .body("find { it.kpiId == 'complaints.rate' }.byChannel.IN_PERSON", equalTo(1))
                .body("find { it.kpiId == 'complaints.rate' }.byChannel.LETTER", equalTo(1))
                .body("find { it.kpiId == 'complaints.rate' }.sample.exclusions.NOT_WRITTEN", equalTo(3))
                // no outage recorded and no support call logged: no evidence of 24/24
                .body("find { it.kpiId == 'support.availability' }.value", nullValue())
                .body("find { it.kpiId == 'support.availability' }.verdict", equalTo("INSUFFICIENT_DATA"))
                .body("find { it.kpiId == 'support.availability' }.conclusive", equalTo(false))
                .body("find { it.kpiId == 'support.availability' }.notes[0]", containsString("No evidence of the support line"))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(4.0 * 100 * 365 / (1000 * 92),
                result.getDouble("find { it.kpiId == 'complaints.rate' }.value"), 1e-15);

        // one support call (a regulator's probe) in the period is evidence: no outage, PASS
        given().contentType("text/csv").queryParam("operatorId", "CHAN")
                .body("callId,at,answeredAfterSeconds\nPROBE-1,2026-09-01T03:00:00+07:00,12\n")
                .post(COMPLAINTS + "/support-calls").then().statusCode(200);
        given().queryParam("operatorId", "CHAN").queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get(COMPLIANCE).then().statusCode(200)
                .body("find { it.kpiId == 'support.availability' }.value", equalTo(1.0))
                .body("find { it.kpiId == 'support.availability' }.verdict", equalTo("PASS"))
                .body("find { it.kpiId == 'support.availability' }.supportCalls", equalTo(1));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void pendingComplaintsAndTheThreeMonthRule() {
        String answered = Api.complaint("PEND", "SERVICE_QUALITY", "2026-09-01T10:00:00+07:00");
        Api.respond(answered, "2026-09-02T10:00:00+07:00", true);
        Api.complaint("PEND", "SERVICE_QUALITY", "2026-09-28T10:00:00+07:00"); // due 2026-09-30T10:00
        // asked at 2026-09-30T08:00: the second is open and not yet due (pending)
        clock.set(OffsetDateTime.parse("2026-09-30T08:00:00+07:00"));
        given().queryParam("operatorId", "PEND").queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get(COMPLIANCE).then().statusCode(200)
                .body("find { it.kpiId == 'complaints.response-48h' }.value", equalTo(1.0))
                .body("find { it.kpiId == 'complaints.response-48h' }.verdict", equalTo("PASS"))
                .body("find { it.kpiId == 'complaints.response-48h' }.sample.exclusions.PENDING", equalTo(1))
                .body("find { it.kpiId == 'complaints.response-48h' }.notes", hasItem(containsString("1 complaints due in the period are open and not yet due")))
                .body("find { it.kpiId == 'complaints.rate' }.verdict", equalTo("INSUFFICIENT_DATA"))
                .body("kpiId", org.hamcrest.Matchers.not(hasItem("support.answered-60s")));
        // later the same complaint is overdue: late
        clock.set(OffsetDateTime.parse("2026-09-30T10:00:01+07:00"));
        given().queryParam("operatorId", "PEND").queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get(COMPLIANCE).then().statusCode(200)
                .body("find { it.kpiId == 'complaints.response-48h' }.value", equalTo(0.5))
                .body("find { it.kpiId == 'complaints.response-48h' }.verdict", equalTo("FAIL"));
        // one day short of three months
        given().queryParam("operatorId", "PEND").queryParam("from", "2026-07-01").queryParam("to", "2026-09-29")
                .get(COMPLIANCE).then().statusCode(200)
                .body("find { it.kpiId == 'complaints.response-48h' }.verdict", equalTo("INSUFFICIENT_DATA"))
                .body("find { it.kpiId == 'complaints.response-48h' }.conclusive", equalTo(false));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void thePeriodIsRequired() {
        given().get(COMPLIANCE).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("from", "to"));
        given().queryParam("from", "2026-09-30").queryParam("to", "2026-07-01").get(COMPLIANCE).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theRegulatorSeesEveryOperator() {
        Api.complaint("REGA", "SERVICE_QUALITY", "2026-08-01T10:00:00+07:00");
        Api.complaint("REGB", "SERVICE_QUALITY", "2026-08-01T10:00:00+07:00");
        given().queryParam("from", "2026-07-01").queryParam("to", "2026-09-30").get(COMPLIANCE).then().statusCode(200)
                .body("operatorId", hasItems("REGA", "REGB"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theRegulatorSeesTheOperatorsWithResultsInThePeriodOnly() {
        Api.complaint("INQ", "SERVICE_QUALITY", "2026-08-01T10:00:00+07:00");
        subscribers("COUNTED", "2026-06-30", 1000);
        subscribers("LATER", "2026-12-01", 1000);
        outage("OUTAGE", "2026-06-30T22:00:00+07:00", "2026-07-01T02:00:00+07:00");
        // complaints received in it, a subscriber count in force at its end (no complaint is a rate of 0), an outage
        // overlapping it; a count that comes into force after it is not a result of the period
        given().queryParam("from", "2026-07-01").queryParam("to", "2026-09-30").get(COMPLIANCE).then().statusCode(200)
                .body("operatorId", hasItems("INQ", "COUNTED", "OUTAGE"))
                .body("operatorId", not(hasItem("LATER")));
        // a period long before any of it lists none of them
        given().queryParam("from", "2020-01-01").queryParam("to", "2020-03-31").get(COMPLIANCE).then().statusCode(200)
                .body("operatorId", not(hasItem("INQ")))
                .body("operatorId", not(hasItem("COUNTED")))
                .body("operatorId", not(hasItem("OUTAGE")))
                .body("operatorId", not(hasItem("LATER")));
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void anOperatorSeesOnlyItsOwnResults() {
        given().queryParam("operatorId", "BETA").queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get(COMPLIANCE).then().statusCode(403).contentType(PROBLEM);
        given().queryParam("from", "2026-07-01").queryParam("to", "2026-09-30").get(COMPLIANCE).then().statusCode(200)
                .body("operatorId", everyItem(equalTo("ALPHA")))
                .body("kpiId", hasItems("complaints.response-48h", "complaints.rate", "support.availability"));
    }
}

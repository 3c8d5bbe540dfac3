package org.qos.complaints.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qos.complaints.rest.Api.COMPLAINTS;
import static org.qos.complaints.rest.Api.PROBLEM;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** Closing a reporting period: when it may be closed, what it freezes, and what it refuses afterwards. */
@QuarkusTest
class ReportingPeriodResourceTest {

    static final String PERIODS = COMPLAINTS + "/periods";
    private static final String COMPLIANCE = COMPLAINTS + "/compliance";

    @Inject
    TestClock clock;

    static String periodJson(String operatorId, String from, String to) {
        return "{\"operatorId\":\"" + operatorId + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    }

    static io.restassured.response.ValidatableResponse close(String operatorId, String from, String to) {
        return given().contentType(ContentType.JSON).body(periodJson(operatorId, from, to)).post(PERIODS).then();
    }

    private static void outage(String operatorId, String start, String end, int status) {
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"startedAt\":\"" + start + "\",\"endedAt\":\"" + end + "\"}")
                .post(COMPLAINTS + "/support-outages").then().statusCode(status);
    }

    private static List<Map<String, Object>> compliance(String operatorId, String from, String to) {
        return given().queryParam("operatorId", operatorId).queryParam("from", from).queryParam("to", to)
                .get(COMPLIANCE).then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aPeriodClosesOnceItsEndPlus48HoursHasPassed() {
        Api.complaint("PCLK", "SERVICE_QUALITY", "2026-09-30T23:59:59+07:00"); // due 2026-10-02T23:59:59+07:00
        clock.set(OffsetDateTime.parse("2026-10-02T23:59:59.999999+07:00"));
        close("PCLK", "2026-07-01", "2026-09-30").statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://qos.example/problems/conflict"))
                .body("detail", containsString("can be closed from 2026-10-03T00:00:00+07:00"))
                .body("errors[0].field", equalTo("to"));
        given().queryParam("operatorId", "PCLK").get(PERIODS).then().statusCode(200).header("X-Total-Count", "0");

        clock.set(OffsetDateTime.parse("2026-10-03T00:00:00+07:00"));
        close("PCLK", "2026-07-01", "2026-09-30").statusCode(201)
                .header("Location", containsString("/api/v1/complaints/periods?operatorId=PCLK"))
                .body("operatorId", equalTo("PCLK")).body("from", equalTo("2026-07-01")).body("to", equalTo("2026-09-30"))
                .body("closedAt", equalTo("2026-10-03T00:00:00+07:00")).body("closedBy", equalTo("regulator"))
                .body("results.kpiId", hasItem("complaints.response-48h"))
                .body("results.frozen", everyItem(equalTo(true)))
                .body("results.closedAt", everyItem(equalTo("2026-10-03T00:00:00+07:00")));
        // once: the same period, or one overlapping it, is 409
        close("PCLK", "2026-07-01", "2026-09-30").statusCode(409).body("detail", containsString("overlaps its closed period"));
        close("PCLK", "2026-09-30", "2026-09-30").statusCode(409).body("errors[0].field", equalTo("from"));
        // the day after is another period
        clock.set(OffsetDateTime.parse("2026-10-04T00:00:00+07:00"));
        close("PCLK", "2026-10-01", "2026-10-01").statusCode(201);
        given().queryParam("operatorId", "PCLK").get(PERIODS).then().statusCode(200).header("X-Total-Count", "2")
                .body("from", equalTo(List.of("2026-10-01", "2026-07-01")));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aBadRequestNamesItsFields() {
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"PBAD\",\"from\":\"2026-07-01\"}").post(PERIODS)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("to")));
        close("PBAD", "2026-07-01", "2026-06-30").statusCode(400).body("errors[0].field", equalTo("to"))
                .body("errors[0].message", containsString("must not be before from"));
        close("PBAD", "2025-01-01", "2026-01-02").statusCode(400).body("errors[0].field", equalTo("to"))
                .body("errors[0].message", containsString("at most 366"));
        close("bad id!", "2026-01-01", "2026-01-31").statusCode(400).body("errors[0].field", equalTo("operatorId"));
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"PBAD\",\"from\":\"2026-07-01\",\"to\":\"2026-07-31\","
                + "\"extra\":1}").post(PERIODS).then().statusCode(400);
        given().queryParam("operatorId", "PBAD").get(PERIODS).then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    @TestSecurity(user = "pown", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "POWN"))
    void anOperatorMayNotCloseAndListsItsOwnPeriodsOnly() {
        close("POWN", "2026-07-01", "2026-09-30").statusCode(403).contentType(PROBLEM);
        given().get(PERIODS).then().statusCode(200).body("operatorId", everyItem(equalTo("POWN")));
        given().queryParam("operatorId", "OTHER").get(PERIODS).then().statusCode(403);
        given().get(COMPLAINTS + "/purges").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aClosedPeriodAnswersItsFrozenResultsAndTakesNoMoreRows() {
        // a quarter of ALPHA-like data, all through the API
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"PFRZ\",\"asOf\":\"2026-06-30\",\"count\":1000}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(201);
        String answered = Api.complaint("PFRZ", "SERVICE_QUALITY", "2026-07-05T10:00:00+07:00");
        assertEquals(200, Api.respond(answered, "2026-07-06T10:00:00+07:00", true));
        String open = Api.complaint("PFRZ", "SERVICE_QUALITY", "2026-09-01T10:00:00+07:00"); // never answered: late
        String lastDay = Api.complaint("PFRZ", "OTHER", "2026-09-30T20:00:00+07:00"); // due 10-02, inside the next
        outage("PFRZ", "2026-07-10T02:00:00+07:00", "2026-07-10T03:00:00+07:00", 201);
        given().contentType("text/csv").queryParam("operatorId", "PFRZ")
                .body("callId,at,answeredAfterSeconds\nF1,2026-08-01T08:00:00+07:00,5\n")
                .post(COMPLAINTS + "/support-calls").then().statusCode(200);

        List<Map<String, Object>> closed = close("PFRZ", "2026-07-01", "2026-09-30").statusCode(201)
                .extract().jsonPath().getList("results");
        assertEquals(4, closed.size()); // response-48h, rate, availability, answered-60s

        // the compliance of exactly that period answers the frozen results, marked
        List<Map<String, Object>> read = compliance("PFRZ", "2026-07-01", "2026-09-30");
        assertEquals(closed, read);
        Map<String, Object> response = read.stream().filter(r -> r.get("kpiId").equals("complaints.response-48h"))
                .findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, response.get("frozen"));
        assertEquals(0.5, ((Number) response.get("value")).doubleValue());
        @SuppressWarnings("unchecked")
        List<String> notes = (List<String>) response.get("notes");
        assertEquals(true, notes.get(notes.size() - 1).startsWith("Frozen when the reporting period 2026-07-01 to"
                + " 2026-09-30 was closed at 2026-10-15T09:00:00+07:00"), notes.toString());

        // rows inside it are refused, each naming its field
        given().contentType(ContentType.JSON).body(Api.complaintJson("PFRZ", "SERVICE_QUALITY", "2026-08-10T10:00:00+07:00"))
                .post(COMPLAINTS).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("lies in the reporting period 2026-07-01 to 2026-09-30 of PFRZ"))
                .body("errors[0].field", equalTo("receivedAt"));
        // received before the period, due inside it (its answer counts there): refused as well
        given().contentType(ContentType.JSON).body(Api.complaintJson("PFRZ", "SERVICE_QUALITY", "2026-06-29T10:00:00+07:00"))
                .post(COMPLAINTS).then().statusCode(409).body("errors[0].field", equalTo("receivedAt"));
        // an answer to a complaint due inside it: written or a call-back
        assertEquals(409, Api.respond(open, "2026-10-14T10:00:00+07:00", true));
        assertEquals(409, Api.respond(open, "2026-10-14T10:00:00+07:00", false));
        // received on its last day but due after it: its answer belongs to the next period
        assertEquals(200, Api.respond(lastDay, "2026-10-01T10:00:00+07:00", true));
        outage("PFRZ", "2026-09-30T23:00:00+07:00", "2026-10-01T01:00:00+07:00", 409);
        given().contentType("text/csv").queryParam("operatorId", "PFRZ")
                .body("callId,at,answeredAfterSeconds\nF2,2026-10-01T08:00:00+07:00,5\nF3,2026-09-30T23:59:59+07:00,5\n"
                        + "F4,2026-07-01T00:00:00+07:00,\n")
                .post(COMPLAINTS + "/support-calls").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("2 support calls lie in closed reporting periods of PFRZ"))
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors[0].field", equalTo("at"))
                .body("errors[0].message", equalTo("lies in the closed reporting period 2026-07-01 to 2026-09-30"));
        assertEquals(1, TestData.supportCalls("PFRZ"));
        // after it, rows are taken
        Api.complaint("PFRZ", "SERVICE_QUALITY", "2026-10-01T00:00:00+07:00");
        outage("PFRZ", "2026-10-01T00:00:00+07:00", "2026-10-01T01:00:00+07:00", 201);

        // still frozen; any other window is computed now and unmarked
        assertEquals(closed, compliance("PFRZ", "2026-07-01", "2026-09-30"));
        given().queryParam("operatorId", "PFRZ").queryParam("from", "2026-07-01").queryParam("to", "2026-10-31")
                .get(COMPLIANCE).then().statusCode(200).body("frozen", everyItem(nullValue()))
                .body("closedAt", everyItem(nullValue()));
        // the list answers the period with its results
        given().queryParam("operatorId", "PFRZ").get(PERIODS).then().statusCode(200).header("X-Total-Count", "1")
                .body("[0].results", equalTo(closed)).body("[0].results.frozen", not(hasItem(false)));
        given().queryParam("operatorId", "PFRZ").queryParam("size", "0").get(PERIODS).then().statusCode(400);
        given().get(PERIODS).then().statusCode(200).body("operatorId", hasItem("PFRZ"));
        assertEquals(1, given().queryParam("operatorId", "PFRZ").queryParam("size", "1").get(PERIODS).then()
                .extract().jsonPath().getList("$").size());
        given().queryParam("operatorId", "PFRZ").queryParam("page", "1").queryParam("size", "1").get(PERIODS).then()
                .body("$", hasSize(0));
    }
}

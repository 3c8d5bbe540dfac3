package org.qos.complaints.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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

/** The complaint lifecycle against the real local PostgreSQL (database qos_test), with the test clock. */
@QuarkusTest
class ComplaintResourceTest {

    static {
        JsonNumbers.readAsDoubles();
    }

    @Inject
    TestClock clock;

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aComplaintIsDue48HoursAfterItsReceiptAndAnsweredOnceInWriting() {
        clock.set(java.time.OffsetDateTime.parse("2026-07-01T10:00:00+07:00"));
        String id = given().contentType(ContentType.JSON)
                .body(Api.complaintJson("LIFE", "SERVICE_QUALITY", "2026-07-01T09:15:00+07:00"))
                .post(COMPLAINTS).then().statusCode(201)
                .header("Location", containsString("/api/v1/complaints/"))
                .body("status", equalTo("OPEN"))
                .body("receivedAt", equalTo("2026-07-01T09:15:00+07:00"))
                .body("responseDueAt", equalTo("2026-07-03T09:15:00+07:00"))
                .body("onTime", nullValue())
                .extract().path("id");

        // exactly 48 h 00 min: on time
        clock.set(java.time.OffsetDateTime.parse("2026-07-03T12:00:00+07:00"));
        given().contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"2026-07-03T02:15:00Z\",\"written\":true,\"summary\":\"Antenna re-aligned\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("onTime", equalTo(true))
                .body("respondedAt", equalTo("2026-07-03T09:15:00+07:00"))
                .body("responseSummary", equalTo("Antenna re-aligned"))
                .body("contacts", hasSize(1));

        // a second written response: 409, and nothing changes
        given().contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"2026-07-02T09:15:00+07:00\",\"written\":true,\"summary\":\"again\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://qos.example/problems/conflict"));
        given().get(COMPLAINTS + "/{id}", id).then().statusCode(200)
                .body("respondedAt", equalTo("2026-07-03T09:15:00+07:00"))
                .body("responseSummary", equalTo("Antenna re-aligned"))
                .body("contacts", hasSize(1));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void oneSecondAfter48HoursIsLate() {
        String id = Api.complaint("LIFE", "BILLING", "2026-07-01T09:15:00+07:00");
        assertEquals(200, Api.respond(id, "2026-07-03T09:15:01+07:00", true));
        given().get(COMPLAINTS + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("onTime", equalTo(false));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aCallBackIsAContactThatDoesNotAnswer() {
        clock.set(java.time.OffsetDateTime.parse("2026-07-02T12:00:00+07:00"));
        String id = Api.complaint("LIFE", "SERVICE_QUALITY", "2026-07-01T09:15:00+07:00");
        given().contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"2026-07-01T10:00:00+07:00\",\"written\":false}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("respondedAt", nullValue())
                .body("contacts", hasSize(1))
                .body("contacts[0].written", equalTo(false))
                .body("contacts[0].contactedAt", equalTo("2026-07-01T10:00:00+07:00"));
        // the clock passes the due time: the status is derived, never stored
        clock.set(java.time.OffsetDateTime.parse("2026-07-03T09:15:01+07:00"));
        given().get(COMPLAINTS + "/{id}", id).then().statusCode(200).body("status", equalTo("OVERDUE"));
        assertEquals(200, Api.respond(id, "2026-07-03T09:15:01+07:00", true));
        given().get(COMPLAINTS + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("onTime", equalTo(false))
                .body("contacts.written", contains(false, true));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aResponseBeforeTheComplaintIs400AndNothingIsStored() {
        String id = Api.complaint("LIFE", "SERVICE_QUALITY", "2026-07-01T09:15:00+07:00");
        given().contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"2026-07-01T09:14:59+07:00\",\"written\":true,\"summary\":\"x\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("respondedAt"))
                .body("errors[0].message", containsString("before the complaint was received"));
        given().contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"2026-10-16T09:00:00+07:00\",\"written\":true,\"summary\":\"x\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(400)
                .body("errors[0].field", equalTo("respondedAt"))
                .body("errors[0].message", containsString("future"));
        given().contentType(ContentType.JSON).body("{\"respondedAt\":\"2026-07-02T09:00:00+07:00\",\"written\":true}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(400)
                .body("errors[0].field", equalTo("summary"));
        given().contentType(ContentType.JSON).body("{\"respondedAt\":\"2026-07-02T09:00:00+07:00\",\"summary\":\"x\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(400)
                .body("errors[0].field", equalTo("written"));
        given().get(COMPLAINTS + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("OVERDUE"))
                .body("contacts", hasSize(0));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void badComplaintsNameTheirFieldAndStoreNothing() {
        int before = Api.total(COMPLAINTS, "BAD");
        given().contentType(ContentType.JSON)
                .body(Api.complaintJson("BAD", "SERVICE_QUALITY", "2026-07-01T09:15:00+07:00").replace("LETTER", "PIGEON"))
                .post(COMPLAINTS).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("channel"))
                .body("errors[0].message", containsString("LETTER"));
        given().contentType(ContentType.JSON)
                .body(Api.complaintJson("BAD", "NETWORK", "2026-07-01T09:15:00+07:00"))
                .post(COMPLAINTS).then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        given().contentType(ContentType.JSON)
                .body(Api.complaintJson("BAD", "OTHER", "2026-07-01T09:15:00+07:00").replace("\"subject\"", "\"subjekt\""))
                .post(COMPLAINTS).then().statusCode(400)
                .body("errors[0].field", equalTo("subjekt"));
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"bad id\",\"channel\":\"FAX\",\"category\":\"OTHER\",\"receivedAt\":\"2027-01-01T00:00:00+07:00\"}")
                .post(COMPLAINTS).then().statusCode(400)
                .body("errors.field", hasItem("operatorId"))
                .body("errors.field", hasItem("customerRef"))
                .body("errors.field", hasItem("subject"))
                .body("errors.find { it.field == 'receivedAt' }.message", containsString("future"));
        given().contentType(ContentType.JSON).body(Api.complaintJson("BAD", "OTHER", "yesterday"))
                .post(COMPLAINTS).then().statusCode(400)
                .body("errors[0].field", equalTo("receivedAt"));
        // values PostgreSQL could not store as sent: refused, never a 500 nor a '?' in place of half a pair nor a
        // rounded time; and a field given twice, never the last value winning unseen
        String valid = Api.complaintJson("BAD", "OTHER", "2026-07-01T09:15:00+07:00");
        refused(valid.replace("Calls drop", "Calls\\u0000drop"), "subject", "NUL");
        refused(valid.replace("CUST-1", "CUST-\\ud800"), "customerRef", "lone surrogate (U+D800)");
        refused(Api.complaintJson("BAD", "OTHER", "2026-07-01T09:15:00.9999999+07:00"), "receivedAt", "at most 6 decimals");
        refused(valid.replace("}", ",\"subject\":\"Other\"}"), "subject", "more than once");
        assertEquals(before, Api.total(COMPLAINTS, "BAD"));
        given().get(COMPLAINTS + "/{id}", java.util.UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    /** A complaint refused with a 400 problem whose first error names {@code field}, its message saying {@code why}. */
    private static void refused(String body, String field, String why) {
        given().contentType(ContentType.JSON).body(body).post(COMPLAINTS).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(why));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void listingsFilterPageAndSortNewestFirst() {
        String first = Api.complaint("LIST", "SERVICE_QUALITY", "2026-08-01T08:00:00+07:00");
        String second = Api.complaint("LIST", "BILLING", "2026-08-02T08:00:00+07:00");
        String third = Api.complaint("LIST", "OTHER", "2026-08-03T23:59:59+07:00");
        String fourth = Api.complaint("LIST", "SERVICE_QUALITY", "2026-10-14T12:00:00+07:00");
        Api.respond(second, "2026-08-03T08:00:00+07:00", true);

        given().queryParam("operatorId", "LIST").get(COMPLAINTS).then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("id", contains(fourth, third, second, first))
                .body("status", contains("OPEN", "OVERDUE", "ANSWERED", "OVERDUE"));
        given().queryParam("operatorId", "LIST").queryParam("status", "OVERDUE").get(COMPLAINTS).then().statusCode(200)
                .header("X-Total-Count", "2").body("id", contains(third, first));
        given().queryParam("operatorId", "LIST").queryParam("status", "OPEN").get(COMPLAINTS).then()
                .header("X-Total-Count", "1").body("id", contains(fourth));
        given().queryParam("operatorId", "LIST").queryParam("status", "ANSWERED").get(COMPLAINTS).then()
                .header("X-Total-Count", "1").body("id", contains(second));
        // dates are inclusive in +07:00: 2026-08-03T23:59:59+07:00 is on 2026-08-03
        given().queryParam("operatorId", "LIST").queryParam("from", "2026-08-02").queryParam("to", "2026-08-03")
                .get(COMPLAINTS).then().header("X-Total-Count", "2").body("id", contains(third, second));
        given().queryParam("operatorId", "LIST").queryParam("size", 2).queryParam("page", 1)
                .get(COMPLAINTS).then().statusCode(200)
                .header("X-Total-Count", "4").body("id", contains(second, first));
        given().queryParam("status", "LOST").get(COMPLAINTS).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("from", "2026-13-01").get(COMPLAINTS).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2026-08-03").queryParam("to", "2026-08-02").get(COMPLAINTS).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("size", 1001).get(COMPLAINTS).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void alertsListOverdueThenDueSoon() {
        clock.set(java.time.OffsetDateTime.parse("2026-10-10T12:00:00+07:00"));
        String overdue = Api.complaint("ALRT", "SERVICE_QUALITY", "2026-10-08T11:00:00+07:00");  // due 10-10 11:00
        String soon = Api.complaint("ALRT", "BILLING", "2026-10-09T17:00:00+07:00");             // due 10-11 17:00
        String later = Api.complaint("ALRT", "OTHER", "2026-10-10T11:00:00+07:00");              // due 10-12 11:00
        String answered = Api.complaint("ALRT", "OTHER", "2026-10-08T10:00:00+07:00");
        Api.respond(answered, "2026-10-09T10:00:00+07:00", true);

        given().queryParam("operatorId", "ALRT").queryParam("withinHours", 30).get(COMPLAINTS + "/alerts").then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .body("complaintId", contains(overdue, soon))
                .body("status", contains("OVERDUE", "OPEN"))
                .body("secondsLeft", contains(-3600, 29 * 3600))
                .body("[0].customerRef", nullValue());
        given().queryParam("operatorId", "ALRT").queryParam("withinHours", 48).get(COMPLAINTS + "/alerts").then()
                .header("X-Total-Count", "3").body("complaintId", contains(overdue, soon, later));
        given().queryParam("operatorId", "ALRT").get(COMPLAINTS + "/alerts").then()
                .header("X-Total-Count", "1").body("complaintId", contains(overdue));
        given().queryParam("withinHours", -1).get(COMPLAINTS + "/alerts").then().statusCode(400)
                .body("errors[0].field", equalTo("withinHours"));
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void anOperatorRecordsAndListsOnlyItsOwnComplaints() {
        String own = Api.complaint("ALPHA", "SERVICE_QUALITY", "2026-09-01T08:00:00+07:00");
        given().contentType(ContentType.JSON).body(Api.complaintJson("BETA", "OTHER", "2026-09-01T08:00:00+07:00"))
                .post(COMPLAINTS).then().statusCode(403).contentType(PROBLEM);
        given().get(COMPLAINTS).then().statusCode(200)
                .body("id", hasItem(own))
                .body("operatorId", everyItem(equalTo("ALPHA")));
        given().queryParam("operatorId", "BETA").get(COMPLAINTS).then().statusCode(403);
        given().queryParam("operatorId", "BETA").get(COMPLAINTS + "/alerts").then().statusCode(403);
        given().get(COMPLAINTS + "/alerts").then().statusCode(200).body("operatorId", everyItem(equalTo("ALPHA")));
    }

    @Test
    @TestSecurity(user = "beta", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "BETA"))
    void anotherOperatorsComplaintIs403AndNothingIsStored() {
        String alphas = TestData.complaintOf("ALPHA", "2026-09-02T08:00:00+07:00");
        given().get(COMPLAINTS + "/{id}", alphas).then().statusCode(403).contentType(PROBLEM);
        assertEquals(403, Api.respond(alphas, "2026-09-02T10:00:00+07:00", true));
        assertEquals(403, Api.respond(alphas, "2026-09-02T10:00:00+07:00", false));
        given().get(COMPLAINTS).then().statusCode(200).body("id", not(hasItem(alphas)));
        assertEquals(0, TestData.contactsOf(alphas));
        assertEquals(null, TestData.respondedAt(alphas));
    }

    @Test
    @TestSecurity(user = "orphan", roles = "operator")
    void anOperatorTokenWithoutOperatorIdIsForbidden() {
        given().get(COMPLAINTS).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void noIdentityIs401() {
        given().get(COMPLAINTS).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Api.complaintJson("ALPHA", "OTHER", "2026-09-01T08:00:00+07:00"))
                .post(COMPLAINTS).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void datesUpToTheClockSkewAheadAreAcceptedAndTheServerRecordsItsOwnReceiptTime() {
        clock.set(java.time.OffsetDateTime.parse("2026-10-15T09:00:00+07:00"));
        given().contentType(ContentType.JSON).body(Api.complaintJson("SKEW", "OTHER", "2026-10-15T09:05:01+07:00"))
                .post(COMPLAINTS).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://qos.example/problems/invalid-request"))
                .body("errors[0].field", equalTo("receivedAt"))
                .body("errors[0].message", containsString("5 minutes"));
        assertEquals(0, Api.total(COMPLAINTS, "SKEW"));
        String id = given().contentType(ContentType.JSON)
                .body(Api.complaintJson("SKEW", "OTHER", "2026-10-15T09:05:00+07:00"))
                .post(COMPLAINTS).then().statusCode(201)
                .body("receivedAt", equalTo("2026-10-15T09:05:00+07:00"))
                .body("createdAt", equalTo("2026-10-15T09:00:00+07:00"))
                .extract().path("id");
        clock.set(java.time.OffsetDateTime.parse("2026-10-15T09:10:00+07:00"));
        given().contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"2026-10-15T09:15:01+07:00\",\"written\":true,\"summary\":\"x\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("respondedAt"))
                .body("errors[0].message", containsString("future"));
        assertEquals(0, TestData.contactsOf(id));
        given().contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"2026-10-15T09:15:00+07:00\",\"written\":true,\"summary\":\"x\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(200)
                .body("respondedAt", equalTo("2026-10-15T09:15:00+07:00"))
                .body("responseRecordedAt", equalTo("2026-10-15T09:10:00+07:00"))
                .body("contacts[0].recordedAt", equalTo("2026-10-15T09:10:00+07:00"));
        given().get(COMPLAINTS + "/{id}", id).then().statusCode(200)
                .body("responseRecordedAt", equalTo("2026-10-15T09:10:00+07:00"));
    }
}

package org.qos.complaints.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.TestClock;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The retention purge and the alert gauges, driven by the test clock. */
@QuarkusTest
class RetentionAndAlertsTest {

    /** /q/metrics: on the management interface (its root path is /q), a port of its own, not on the public port. */
    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;

    @Inject
    TestClock clock;

    @Inject
    RetentionService retention;

    @Inject
    AlertGauges gauges;

    private static String complaint(String operatorId, String receivedAt) {
        return given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"customerRef\":\"CUST-9\",\"channel\":\"WEB\","
                        + "\"category\":\"SERVICE_QUALITY\",\"receivedAt\":\"" + receivedAt + "\",\"subject\":\"s\"}")
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void thePurgeRemovesOnlyDataOlderThanAYear() {
        // now = 2026-10-15T09:00+07:00; the cutoff is a year earlier: 2025-10-15T09:00+07:00
        String old = complaint("PURGE", "2025-10-15T08:59:59+07:00");
        String kept = complaint("PURGE", "2025-10-15T09:00:00+07:00");
        given().contentType(ContentType.JSON).body("{\"respondedAt\":\"2025-10-16T09:00:00+07:00\",\"written\":false}")
                .post("/api/v1/complaints/{id}/responses", old).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"PURGE\",\"startedAt\":\"2025-10-01T00:00:00+07:00\",\"endedAt\":\"2025-10-15T08:00:00+07:00\"}")
                .post("/api/v1/complaints/support-outages").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"PURGE\",\"startedAt\":\"2025-10-01T00:00:00+07:00\",\"endedAt\":\"2025-10-16T00:00:00+07:00\"}")
                .post("/api/v1/complaints/support-outages").then().statusCode(201);
        given().contentType("text/csv").queryParam("operatorId", "PURGE")
                .body("callId,at,answeredAfterSeconds\nP1,2025-10-15T08:00:00+07:00,5\nP2,2025-10-15T10:00:00+07:00,5\n")
                .post("/api/v1/complaints/support-calls").then().statusCode(200);
        // every row lies in October 2025, closed (rows of a period not closed are never purged)
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"PURGE\",\"from\":\"2025-09-01\",\"to\":\"2025-10-31\"}")
                .post("/api/v1/complaints/periods").then().statusCode(201);

        RetentionService.Purged purged = retention.purge();
        assertEquals(OffsetDateTime.parse("2025-10-15T09:00:00+07:00").toInstant(), purged.cutoff());
        assertTrue(purged.complaints() >= 1 && purged.outages() >= 1 && purged.supportCalls() >= 1, purged.toString());

        given().get("/api/v1/complaints/{id}", old).then().statusCode(404);
        given().get("/api/v1/complaints/{id}", kept).then().statusCode(200);
        given().queryParam("operatorId", "PURGE").get("/api/v1/complaints/support-outages").then()
                .header("X-Total-Count", "1");
        assertEquals(1, count("support_call"));
        assertEquals(0, count("complaint_contact"));
    }

    private static long count(String table) {
        var dataSource = io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class).get();
        String where = table.equals("complaint_contact")
                ? " WHERE complaint_id IN (SELECT id FROM complaints.complaint WHERE operator_id = 'PURGE')"
                + " OR complaint_id NOT IN (SELECT id FROM complaints.complaint)"
                : " WHERE operator_id = 'PURGE'";
        try (var connection = dataSource.getConnection();
                var rs = connection.createStatement().executeQuery("SELECT count(*) FROM complaints." + table + where)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void gaugesShowOverdueAndDueSoonComplaintsPerOperator() {
        clock.set(OffsetDateTime.parse("2026-10-10T12:00:00+07:00"));
        complaint("GAUGE", "2026-10-08T11:00:00+07:00");  // overdue since 10-10 11:00
        complaint("GAUGE", "2026-10-08T10:00:00+07:00");  // overdue
        complaint("GAUGE", "2026-10-09T13:00:00+07:00");  // due 10-11 13:00: within 12 h? no, 25 h
        complaint("GAUGE", "2026-10-08T20:00:00+07:00");  // due 10-10 20:00: within 12 h
        gauges.refresh();
        String metrics = given().get(metricsUrl).then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("qos_complaints_overdue{operator=\"GAUGE\"} 2.0"), metrics);
        assertTrue(metrics.contains("qos_complaints_due_soon{operator=\"GAUGE\"} 1.0"), metrics);
        // never on the public port
        given().get("/q/metrics").then().statusCode(404);

        // the clock moves on: the due-soon one is now overdue too
        clock.set(OffsetDateTime.parse("2026-10-10T20:00:01+07:00"));
        gauges.refresh();
        given().get(metricsUrl).then().statusCode(200)
                .body(containsString("qos_complaints_overdue{operator=\"GAUGE\"} 3.0"))
                .body(containsString("qos_complaints_due_soon{operator=\"GAUGE\"} 0.0"));
    }
}

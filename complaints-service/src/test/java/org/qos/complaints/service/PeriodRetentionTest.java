package org.qos.complaints.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.TestClock;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Retention beside reporting periods, with the test clock moved by years: rows are purged only once past their
 * calendar retention and inside closed periods of their operator, and a closed period's results never change.
 */
@QuarkusTest
class PeriodRetentionTest {

    private static final String COMPLAINTS = "/api/v1/complaints";

    @Inject
    TestClock clock;

    @Inject
    RetentionService retention;

    @Inject
    AgroalDataSource dataSource;

    private void at(String now) {
        clock.set(OffsetDateTime.parse(now));
    }

    private static String complaint(String operatorId, String channel, String receivedAt) {
        return given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"customerRef\":\"CUST-7\",\"channel\":\"" + channel
                        + "\",\"category\":\"SERVICE_QUALITY\",\"receivedAt\":\"" + receivedAt + "\",\"subject\":\"s\"}")
                .post(COMPLAINTS).then().statusCode(201).extract().path("id");
    }

    private static void close(String operatorId, String from, String to) {
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}")
                .post(COMPLAINTS + "/periods").then().statusCode(201);
    }

    private static List<Map<String, Object>> compliance(String operatorId, String from, String to) {
        return given().queryParam("operatorId", operatorId).queryParam("from", from).queryParam("to", to)
                .get(COMPLAINTS + "/compliance").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private long rows(String table, String operatorId) {
        String sql = table.equals("complaint_contact")
                ? "SELECT count(*) FROM complaints.complaint_contact k JOIN complaints.complaint c ON c.id = k.complaint_id"
                        + " WHERE c.operator_id = ?"
                : "SELECT count(*) FROM complaints." + table + " WHERE operator_id = ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, operatorId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean exists(String id) {
        return given().get(COMPLAINTS + "/{id}", id).then().extract().statusCode() == 200;
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void complaintsOfAClosedYearKeepTheirResultsAfterThePurgeRemovedTheirRows() {
        at("2026-01-05T09:00:00+07:00");
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"PYEAR\",\"asOf\":\"2024-12-31\",\"count\":500}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(201);
        String march = complaint("PYEAR", "LETTER", "2025-03-10T10:00:00+07:00");
        given().contentType(ContentType.JSON).body("{\"respondedAt\":\"2025-03-11T10:00:00+07:00\",\"written\":true,"
                + "\"summary\":\"fixed\"}").post(COMPLAINTS + "/{id}/responses", march).then().statusCode(200);
        String june = complaint("PYEAR", "PHONE", "2025-06-01T10:00:00+07:00");
        // received in the year, due in the next (not closed): kept
        String newYearsEve = complaint("PYEAR", "EMAIL", "2025-12-31T23:00:00+07:00");
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"PYEAR\",\"startedAt\":\"2025-04-01T02:00:00+07:00\","
                + "\"endedAt\":\"2025-04-01T03:00:00+07:00\"}").post(COMPLAINTS + "/support-outages").then().statusCode(201);
        given().contentType("text/csv").queryParam("operatorId", "PYEAR")
                .body("callId,at,answeredAfterSeconds\nY1,2025-05-01T08:00:00+07:00,30\n")
                .post(COMPLAINTS + "/support-calls").then().statusCode(200);

        at("2026-01-03T00:00:00+07:00");
        close("PYEAR", "2025-01-01", "2025-12-31");
        List<Map<String, Object>> frozen = compliance("PYEAR", "2025-01-01", "2025-12-31");
        Map<String, Object> rate = frozen.stream().filter(r -> r.get("kpiId").equals("complaints.rate")).findFirst()
                .orElseThrow();
        // 2 written service-quality complaints (the telephone one is not counted) among 500 customers over 365 days
        assertEquals(0.4, ((Number) rate.get("value")).doubleValue(), 1e-6);
        assertEquals(Map.of("LETTER", 1, "EMAIL", 1, "FAX", 0, "PHONE", 1, "WEB", 0, "IN_PERSON", 0), rate.get("byChannel"));

        // a year and a month later: the year's rows are past their retention and inside a closed period
        at("2027-02-01T09:00:00+07:00");
        RetentionService.Purged purged = retention.purge();
        assertNull(purged.skipped());
        assertEquals(OffsetDateTime.parse("2026-02-01T09:00:00+07:00").toInstant(), purged.cutoff());
        assertTrue(purged.complaints() >= 2 && purged.contacts() >= 1 && purged.outages() >= 1
                && purged.supportCalls() >= 1, purged.toString());
        assertTrue(purged.kept().get("complaints") >= 1, purged.toString());
        assertEquals(false, exists(march));
        assertEquals(false, exists(june));
        assertEquals(true, exists(newYearsEve));
        assertEquals(1, rows("complaint", "PYEAR"));
        assertEquals(0, rows("complaint_contact", "PYEAR"));
        assertEquals(0, rows("support_outage", "PYEAR"));
        assertEquals(0, rows("support_call", "PYEAR"));

        // the closed year answers as before; a live window over the purged rows does not
        assertEquals(frozen, compliance("PYEAR", "2025-01-01", "2025-12-31"));
        given().queryParam("operatorId", "PYEAR").queryParam("from", "2025-01-01").queryParam("to", "2025-12-30")
                .get(COMPLAINTS + "/compliance").then().statusCode(200)
                .body("find { it.kpiId == 'complaints.rate' }.writtenServiceQualityComplaints", equalTo(0));

        // also in the regulator's listing of every operator
        given().queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").get(COMPLAINTS + "/compliance").then()
                .statusCode(200).body("findAll { it.operatorId == 'PYEAR' }.frozen", equalTo(List.of(true, true, true, true)));

        // the log says what this purge did
        given().queryParam("size", "1").get(COMPLAINTS + "/purges").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("[0].retention", equalTo("P1Y"))
                .body("[0].cutoff", equalTo("2026-02-01T09:00:00+07:00"))
                .body("[0].ranAt", equalTo("2027-02-01T09:00:00+07:00"))
                .body("[0].removed.complaints", equalTo((int) purged.complaints()))
                .body("[0].removed.contacts", equalTo((int) purged.contacts()))
                .body("[0].removed.outages", equalTo((int) purged.outages()))
                .body("[0].removed.supportCalls", equalTo((int) purged.supportCalls()))
                .body("[0].kept.complaints", equalTo(purged.kept().get("complaints").intValue()));
        long logged = Long.parseLong(given().get(COMPLAINTS + "/purges").then().statusCode(200).extract()
                .header("X-Total-Count"));
        retention.purge();
        given().get(COMPLAINTS + "/purges").then().header("X-Total-Count", String.valueOf(logged + 1));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aComplaintDueInAPeriodNotYetClosedIsKeptWhateverItsAge() {
        at("2025-04-05T09:00:00+07:00");
        // 47 h before the second quarter: received in the first, due in the second
        String early = complaint("P47H", "LETTER", "2025-03-30T01:00:00+07:00");
        close("P47H", "2025-01-01", "2025-03-31");

        at("2026-06-01T09:00:00+07:00");
        RetentionService.Purged purged = retention.purge();
        assertTrue(exists(early), "purged while the period of its due time is open: " + purged);
        assertTrue(purged.kept().get("complaints") >= 1, purged.toString());

        close("P47H", "2025-04-01", "2025-06-30");
        retention.purge();
        assertEquals(false, exists(early));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aComplaintOfThe29thOfFebruaryIsKeptUntilThe1stOfMarchAtTheSameTime() {
        at("2028-03-10T09:00:00+07:00");
        String leap = complaint("PLEAP", "FAX", "2028-02-29T10:00:00+07:00");
        at("2028-04-03T00:00:00+07:00");
        close("PLEAP", "2028-02-01", "2028-03-31");

        // 365 days later, the same time: a day short of a year
        at("2029-02-28T10:00:01+07:00");
        retention.purge();
        assertTrue(exists(leap));
        at("2029-03-01T10:00:00+07:00");
        retention.purge();
        assertTrue(exists(leap));
        at("2029-03-01T10:00:01+07:00");
        retention.purge();
        assertEquals(false, exists(leap));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anOutageIsRemovedOnlyWhenClosedPeriodsCoverAllOfIt() {
        at("2025-12-01T09:00:00+07:00");
        for (String[] outage : new String[][] {
                {"2025-01-31T23:00:00+07:00", "2025-02-01T01:00:00+07:00"},   // January and February: both closed
                {"2025-02-28T23:00:00+07:00", "2025-04-01T01:00:00+07:00"}}) { // across March, not closed
            given().contentType(ContentType.JSON).body("{\"operatorId\":\"PSPAN\",\"startedAt\":\"" + outage[0]
                    + "\",\"endedAt\":\"" + outage[1] + "\"}").post(COMPLAINTS + "/support-outages").then().statusCode(201);
        }
        close("PSPAN", "2025-01-01", "2025-01-31");
        close("PSPAN", "2025-02-01", "2025-02-28");
        close("PSPAN", "2025-04-01", "2025-04-30");
        at("2026-06-01T09:00:00+07:00");
        retention.purge();
        assertEquals(1, rows("support_outage", "PSPAN"));
        at("2026-06-02T09:00:00+07:00");
        close("PSPAN", "2025-03-01", "2025-03-31");
        retention.purge();
        assertEquals(0, rows("support_outage", "PSPAN"));
    }
}

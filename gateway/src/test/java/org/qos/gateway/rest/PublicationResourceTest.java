package org.qos.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.gateway.service.PublicationCsv;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Publication against four fake services (without an operatorId they answer for ALPHA, which passes, and FAILING,
 * which fails one voice result) and the real PostgreSQL.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class PublicationResourceTest {

    private static final String PERIOD = "{\"from\":\"2026-07-01\",\"to\":\"2026-09-30\"}";

    @FakeServices.Inject
    FakeServices services;

    @Inject
    AgroalDataSource dataSource;

    private static Response publish(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/publications");
    }

    private static int publicCount() {
        return Integer.parseInt(given().get("/api/v1/public/publications").then().statusCode(200)
                .extract().header("X-Total-Count"));
    }

    @Test
    void publishingNeedsATokenReadingDoesNot() {
        publish(PERIOD).then().statusCode(401);
        given().get("/api/v1/public/publications").then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void anOperatorMayNotPublishAndSeesOnlyItselfAsOperator() {
        int before = publicCount();
        publish(PERIOD).then().statusCode(403);
        assertEquals(before, publicCount());
        given().queryParam("from", "2026-07-01").queryParam("to", "2026-09-30").get("/api/v1/operators")
                .then().statusCode(200).body("$", contains("ALPHA"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theRegulatorSeesEveryOperatorWithResults() {
        given().queryParam("from", "2026-07-01").queryParam("to", "2026-09-30").get("/api/v1/operators")
                .then().statusCode(200).body("$", contains("ALPHA", "FAILING"));
        given().queryParam("from", "2026-07-01").get("/api/v1/operators").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theRegulatorPublishesAnImmutableSnapshotThatAnyoneReads() throws SQLException {
        int before = publicCount();
        Response published = publish(PERIOD);
        published.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/v1/public/publications/"))
                .body("from", equalTo("2026-07-01"))
                .body("to", equalTo("2026-09-30"))
                .body("publishedBy", equalTo("regulator"))
                .body("publishedAt", containsString("+07:00"))
                .body("profile.standard", equalTo("TCN 68-228:2004"))
                .body("scorecards.operatorId", contains("ALPHA", "FAILING"))
                .body("scorecards.overall", contains("PASS", "FAIL"))
                .body("scorecards[1].families.voice.results", hasSize(2))
                .body("scorecards[0].families.complaints.results", hasSize(2));
        String id = published.jsonPath().getString("id");
        assertTrue(published.header("Location").endsWith("/api/v1/public/publications/" + id));

        // anyone reads it, without a token, exactly as published
        given().get("/api/v1/public/publications").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(before + 1))
                .body("[0].id", equalTo(id))
                .body("[0].publishedAt", equalTo(published.jsonPath().getString("publishedAt")))
                .body("[0].operators.operatorId", contains("ALPHA", "FAILING"))
                .body("[0].operators.overall", contains("PASS", "FAIL"));
        String json = given().get("/api/v1/public/publications/{id}", id).then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString();
        assertEquals(published.asString(), json);
        assertEquals(json, given().queryParam("format", "json").accept("text/csv")
                .get("/api/v1/public/publications/{id}", id).then().statusCode(200).extract().asString());
        // a generated client accepts both, JSON first (and problems): JSON
        assertEquals(json, given().header("Accept", "application/json, text/csv, application/problem+json")
                .get("/api/v1/public/publications/{id}", id).then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString());
        assertEquals(json, given().header("Accept", "*/*")
                .get("/api/v1/public/publications/{id}", id).then().statusCode(200).extract().asString());

        // as CSV open data: one row per result (ALPHA 5, FAILING 6), by Accept or by ?format=csv
        String csv = given().accept("text/csv").get("/api/v1/public/publications/{id}", id).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertEquals(csv, given().queryParam("format", "csv").get("/api/v1/public/publications/{id}", id)
                .then().statusCode(200).extract().asString());
        List<String> lines = csv.lines().toList();
        assertEquals(String.join(",", PublicationCsv.HEADER), lines.get(0));
        assertEquals(1 + 5 + 6, lines.size());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(id + ",") && line.contains(",FAILING,FAIL,voice,"
                + "voice.quality,")), csv);

        // the stored snapshot cannot be changed nor deleted, not even in SQL
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "UPDATE publications.publication SET published_by = 'someone' WHERE id = '" + id + "'"));
            assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "DELETE FROM publications.publication WHERE id = '" + id + "'"));
        }
        assertEquals(json, given().get("/api/v1/public/publications/{id}", id).then().extract().asString());
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void nothingIsPublishedWhileAFamilyDoesNotAnswer() {
        int before = publicCount();
        services.stop("billing");
        try {
            // with a reason: the period may have been published by another test already
            publish("{\"from\":\"2026-07-01\",\"to\":\"2026-09-30\",\"reason\":\"a family is down\"}").then()
                    .statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("billing"));
        } finally {
            services.start("billing");
        }
        assertEquals(before, publicCount());
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void badPeriodsAre400NamingTheField() {
        publish("{\"from\":\"2026-07-01\"}").then().statusCode(400).body("errors[0].field", equalTo("to"));
        publish("{\"from\":\"July\",\"to\":\"2026-09-30\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        publish("{\"from\":\"2026-09-30\",\"to\":\"2026-07-01\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        publish("{\"from\":\"2026-07-01\",\"to\":\"2026-09-30\",\"operator\":\"X\"}").then().statusCode(400);
    }

    @Test
    void unknownOrMalformedPublicationsAre4xx() {
        given().get("/api/v1/public/publications/{id}", "00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/public/publications/{id}", "not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        given().get("/api/v1/public/publications/{id}", "%27%20OR%201%3D1%20--").then().statusCode(400);
        given().queryParam("format", "xml").get("/api/v1/public/publications/{id}",
                "00000000-0000-0000-0000-000000000000").then().statusCode(400).body("errors[0].field", equalTo("format"));
    }
}

package org.qos.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The portal's open sign-in settings, next to the API that stays closed. */
@QuarkusTest
class PortalConfigResourceTest {

    @Test
    void theSettingsAreOpenAndComeFromTheGatewaysOwnIssuerByDefault() {
        given().get("/portal/config.json").then().statusCode(200)
                .contentType("application/json")
                // quarkus.oidc.auth-server-url of application.properties: http://127.0.0.1:8180/realms/qos
                .body("url", equalTo("http://127.0.0.1:8180"))
                .body("realm", equalTo("qos"))
                .body("clientId", equalTo("qos-portal"));
    }

    @Test
    void theApiStillNeedsAToken() {
        given().queryParam("from", "2026-04-01").queryParam("to", "2026-06-30")
                .get("/api/v1/scorecards").then().statusCode(401);
    }
}

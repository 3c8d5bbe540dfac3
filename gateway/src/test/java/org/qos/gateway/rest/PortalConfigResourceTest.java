package org.qos.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The portal's open sign-in settings and its static files, next to the API that stays closed. */
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
    void thePagesAndTheKeycloakLibraryAreServedWithoutAToken() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"js/portal.js\"></script>"));
        given().get("/public.html").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("js/public.js"));
        // built by the Maven build (npm ci of src/main/npm), pinned in package-lock.json
        given().get("/_static/keycloak-js/lib/keycloak.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("export default class Keycloak"));
        given().get("/js/ties.js").then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void theApiStillNeedsAToken() {
        given().queryParam("from", "2026-04-01").queryParam("to", "2026-06-30")
                .get("/api/v1/scorecards").then().statusCode(401);
    }
}

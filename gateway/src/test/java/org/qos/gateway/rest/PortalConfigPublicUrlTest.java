package org.qos.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A cluster gives the browser Keycloak's public address (QOS_PORTAL_OIDC_URL) instead of the gateway's own, and
 * reaches the gateway through the Ingress, which ends TLS.
 */
@QuarkusTest
@TestProfile(PortalConfigPublicUrlTest.PublicKeycloak.class)
class PortalConfigPublicUrlTest {

    public static class PublicKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // behind the Ingress: TLS ends there, the scheme comes from X-Forwarded-Proto
            return Map.of("qos.portal.oidc-url", "https://sso.qos.example/auth/realms/qos-prod/",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @Test
    void theBrowserGetsThatUrlSplitIntoBaseAndRealm() {
        given().get("/portal/config.json").then().statusCode(200)
                .body("url", equalTo("https://sso.qos.example/auth"))
                .body("realm", equalTo("qos-prod"))
                .body("clientId", equalTo("qos-portal"));
    }

    @Test
    void thePagesMayCallThatKeycloakOnly() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("connect-src 'self' https://sso.qos.example;"))
                .header("Content-Security-Policy", not(containsString("127.0.0.1")));
    }

    @Test
    void strictTransportSecurityOnlyOnAnswersToHttps() {
        given().header("X-Forwarded-Proto", "https").get("/").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo(SecurityHeaders.HSTS));
        given().header("X-Forwarded-Proto", "https").get("/api/v1/scorecards").then().statusCode(401)
                .header("Strict-Transport-Security", equalTo(SecurityHeaders.HSTS));
        given().header("X-Forwarded-Proto", "http").get("/").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
        given().get("/public.html").then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }
}

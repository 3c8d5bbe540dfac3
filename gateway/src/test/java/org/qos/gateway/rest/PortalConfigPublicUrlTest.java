package org.qos.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A cluster gives the browser Keycloak's public address (QOS_PORTAL_OIDC_URL) instead of the gateway's own. */
@QuarkusTest
@TestProfile(PortalConfigPublicUrlTest.PublicKeycloak.class)
class PortalConfigPublicUrlTest {

    public static class PublicKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("qos.portal.oidc-url", "https://sso.qos.example/auth/realms/qos-prod/");
        }
    }

    @Test
    void theBrowserGetsThatUrlSplitIntoBaseAndRealm() {
        given().get("/portal/config.json").then().statusCode(200)
                .body("url", equalTo("https://sso.qos.example/auth"))
                .body("realm", equalTo("qos-prod"))
                .body("clientId", equalTo("qos-portal"));
    }
}

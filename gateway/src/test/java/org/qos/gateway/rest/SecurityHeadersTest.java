package org.qos.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** The hardened headers of the portal's pages, its assets and the API (the local stack: plain HTTP). */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class SecurityHeadersTest {

    /** The gateway's issuer in the tests (quarkus.oidc.auth-server-url's default), whose origin the pages may call. */
    private static final String KEYCLOAK = "http://127.0.0.1:8180";

    @Test
    void everyPortalPageHasTheStrictPolicyAndIsNeverCachedAsImmutable() {
        for (String page : new String[] {"/", "/index.html", "/public.html"}) {
            Response answer = given().get(page);
            answer.then().statusCode(200).contentType(containsString("text/html"))
                    .header("Content-Security-Policy", equalTo(SecurityHeaders.pagePolicy(KEYCLOAK)))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("same-origin"))
                    .header("Cache-Control", equalTo("no-cache"))
                    // plain HTTP: no HSTS (RFC 6797 7.2)
                    .header("Strict-Transport-Security", nullValue());
            String policy = answer.header("Content-Security-Policy");
            // no inline script or style, never framed, Keycloak reachable for the token calls
            assertEquals(-1, policy.indexOf("unsafe-"), policy);
            for (String directive : new String[] {"default-src 'none'", "script-src 'self'", "style-src 'self'",
                    "frame-ancestors 'none'", "object-src 'none'", "connect-src 'self' " + KEYCLOAK}) {
                assertTrue(policy.contains(directive), policy + " lacks " + directive);
            }
        }
    }

    @Test
    void thePagesHaveNoInlineScriptOrStyleForThePolicyToRefuse() {
        for (String page : new String[] {"/index.html", "/public.html"}) {
            String html = given().get(page).then().statusCode(200).extract().asString();
            // every script is a file of the gateway; no <style> element, no style or on... attribute
            assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), html);
            assertFalse(html.matches("(?s).*(<style|\\sstyle=|\\son[a-z]+=).*"), html);
        }
    }

    @Test
    void swaggerUiKeepsItsInlineScriptButNothingFromElsewhereAndIsNeverFramed() {
        Response page = given().get("/q/swagger-ui/");
        page.then().statusCode(200).header("Content-Security-Policy", equalTo(SecurityHeaders.SWAGGER_UI_POLICY))
                .header("X-Frame-Options", equalTo("DENY"));
        String policy = page.header("Content-Security-Policy");
        for (String directive : new String[] {"default-src 'none'", "connect-src 'self';", "frame-ancestors 'none'",
                "object-src 'none'", "base-uri 'none'", "form-action 'none'"}) {
            assertTrue(policy.contains(directive), policy + " lacks " + directive);
        }
        assertFalse(policy.contains("unsafe-eval"), policy);
    }

    @Test
    void assetsStayCachedAndAreNotSniffed() {
        given().get("/js/portal.js").then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void apiAnswersAndProblemsAreNotSniffedNorFramed() {
        given().get("/api/v1/scorecards").then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"));
        given().get("/api/v1/public/publications").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/portal/config.json").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aForwardedAnswerCarriesTheGatewaysHeadersOnce() {
        // the fake service sends its own X-Content-Type-Options, as the real ones do
        Response answer = given().header("Authorization", "Bearer t").get("/api/v1/voice/campaigns");
        answer.then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        assertEquals(1, answer.headers().getValues("X-Content-Type-Options").size());
    }

    @Test
    void thePolicyNamesKeycloaksOriginOnly() {
        assertEquals("https://sso.qos.example", SecurityHeaders.origin(URI.create("https://SSO.qos.example/auth/realms/qos")));
        assertEquals("http://127.0.0.1:8180", SecurityHeaders.origin(URI.create("http://127.0.0.1:8180/realms/qos")));
        given().get("/").then().header("Content-Security-Policy", not(containsString("/realms/")));
    }
}

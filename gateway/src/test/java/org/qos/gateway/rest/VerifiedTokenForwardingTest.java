package org.qos.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.gateway.service.VerifiedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The verified-token route of ForwardingRoutes: a token the gateway verified before is forwarded without Quarkus'
 * authentication; anything else takes the full chain. The tests run without Keycloak (no OIDC tenant), so that
 * chain refuses every token: a request that reaches the service without {@code @TestSecurity} took the
 * verified-token route, one answered 401 did not.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class VerifiedTokenForwardingTest {

    @FakeServices.Inject
    FakeServices services;

    @Inject
    VerifiedTokens verifiedTokens;

    private static long inAMinute() {
        return Instant.now().getEpochSecond() + 60;
    }

    @Test
    void aRememberedTokenIsForwardedWithTheGatewaysHeaders() {
        verifiedTokens.remember("remembered-read-token", inAMinute());
        given().header("Authorization", "Bearer remembered-read-token")
                .queryParam("operatorId", "ALPHA")
                .get("/api/v1/voice/campaigns/c1/result")
                .then().statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .body("family", equalTo("voice"))
                .body("path", equalTo("/api/v1/voice/campaigns/c1/result"))
                .body("query", equalTo("operatorId=ALPHA"))
                .body("headers.authorization", equalTo("Bearer remembered-read-token"));
    }

    @Test
    void aChangedOrUnknownTokenTakesTheFullChainAndIsRefused() {
        verifiedTokens.remember("remembered-token-a", inAMinute());
        int before = services.hits("voice");
        given().header("Authorization", "Bearer remembered-token-b").get("/api/v1/voice/campaigns").then().statusCode(401);
        given().header("Authorization", "Bearer remembered-token-a.").get("/api/v1/voice/campaigns").then().statusCode(401);
        given().header("Authorization", "Bearer never-seen").get("/api/v1/voice/campaigns").then().statusCode(401);
        given().header("Authorization", "Basic remembered-token-a").get("/api/v1/voice/campaigns").then().statusCode(401);
        assertEquals(before, services.hits("voice"), "the voice service was called with a token nobody verified");
    }

    @Test
    void anExpiredTokenIsNeverRemembered() {
        verifiedTokens.remember("expired-token", Instant.now().getEpochSecond() - 1);
        int before = services.hits("billing");
        given().header("Authorization", "Bearer expired-token").get("/api/v1/billing/campaigns").then().statusCode(401);
        assertEquals(before, services.hits("billing"));
    }

    @Test
    void aRequestWithABodyTakesTheFullChain() {
        verifiedTokens.remember("remembered-upload-token", inAMinute());
        int before = services.hits("coverage");
        // the body-size checks and everything else of the full chain stay in force for bodies
        given().header("Authorization", "Bearer remembered-upload-token").contentType("text/csv").body("callId\nC1\n")
                .post("/api/v1/coverage/campaigns/c1/samples").then().statusCode(401);
        assertEquals(before, services.hits("coverage"));
    }

    @Test
    void aCompressedBodyIs415AtTheGatewayAndNeverForwarded() {
        verifiedTokens.remember("remembered-gzip-token", inAMinute());
        int before = services.hits("coverage");
        given().header("Authorization", "Bearer remembered-gzip-token").header("Content-Encoding", "gzip")
                .contentType("text/csv").body(new byte[] {0x1f, (byte) 0x8b, 8, 0})
                .post("/api/v1/coverage/campaigns/c1/samples").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://qos.example/problems/unsupported-media-type"))
                .header("X-Content-Type-Options", "nosniff");
        assertEquals(before, services.hits("coverage"));
    }

    @Test
    void twoAuthorizationHeadersAreRefusedBeforeEitherIsRead() {
        verifiedTokens.remember("remembered-twice-token", inAMinute());
        int before = services.hits("coverage");
        // a remembered token next to another one: neither the verified-token route nor the full chain picks one
        given().header("Authorization", "Bearer remembered-twice-token").header("Authorization", "Bearer other")
                .get("/api/v1/coverage/campaigns").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://qos.example/problems/invalid-request"))
                .header("X-Content-Type-Options", "nosniff");
        assertEquals(before, services.hits("coverage"));
        // the gateway's own resources too
        given().header("Authorization", "Bearer remembered-twice-token").header("Authorization", "Bearer other")
                .get("/api/v1/scorecards?operatorId=ALPHA&from=2026-01-01&to=2026-03-31").then().statusCode(400);
    }

    @Test
    void onlyFamilyPathsTakeTheVerifiedTokenRoute() {
        verifiedTokens.remember("remembered-scorecard-token", inAMinute());
        // the gateway's own resources keep their checks (roles): the scorecards are not forwarded
        given().header("Authorization", "Bearer remembered-scorecard-token")
                .get("/api/v1/scorecards?operatorId=ALPHA&from=2026-01-01&to=2026-03-31").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aTokenIsRememberedOnlyWhenTheIdentityWasVerifiedFromIt() {
        // @TestSecurity's identity was not verified from this header's token: forwarded, and not remembered
        given().header("Authorization", "Bearer header-token-not-verified").get("/api/v1/complaints")
                .then().statusCode(200).body("family", equalTo("complaints"));
        assertFalse(verifiedTokens.verified("header-token-not-verified"));
    }
}

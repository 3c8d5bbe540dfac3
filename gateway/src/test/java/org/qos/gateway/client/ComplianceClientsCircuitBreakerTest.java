package org.qos.gateway.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qos.gateway.rest.FakeServices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * The scorecard's circuit breakers with their real thresholds (8 calls, half failed; the other gateway tests lift
 * the threshold so that their stopped services never open one): a service that fails (5xx, refused connections)
 * opens its family's breaker; a caller whose query is slow does not, and the family stays available to the others.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestProfile(ComplianceClientsCircuitBreakerTest.RealBreakers.class)
class ComplianceClientsCircuitBreakerTest {

    public static class RealBreakers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // the annotations' own threshold again
                    "%test.CircuitBreaker/requestVolumeThreshold", "8",
                    // a slow call times out sooner, so that a dozen of them take little time
                    "org.qos.gateway.client.ComplianceClients/billing/Timeout/value", "200");
        }
    }

    @FakeServices.Inject
    FakeServices services;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void closeEveryBreaker() {
        breakers.resetAll();
    }

    private static ValidatableResponse scorecard(String operatorId) {
        return given().header("Authorization", "Bearer the-callers-token")
                .queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .queryParam("operatorId", operatorId)
                .get("/api/v1/scorecards").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void slowAnswersForOneCallerNeverOpenTheBreakerForTheOthers() {
        // SLOW's billing answers after 5 s: twelve calls in a row time out, more than the breaker's whole window
        for (int i = 0; i < 12; i++) {
            scorecard("SLOW").body("families.billing.status", equalTo("UNAVAILABLE"))
                    .body("families.billing.detail", equalTo("no answer in time"));
        }
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("billing"));
        // another operator's scorecard still gets billing
        scorecard("ALPHA").body("overall", equalTo("PASS")).body("families.billing.status", equalTo("OK"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aFamilysTimeoutIsChangedByItsOwnConfigurationKeyOnly() {
        // UNHURRIED's services all answer after 600 ms: inside the annotations' 1500 ms, past the 200 ms that this
        // profile gives billing (ComplianceClients/billing/Timeout/value), as the class's documentation promises
        scorecard("UNHURRIED").body("families.voice.status", equalTo("OK"))
                .body("families.coverage.status", equalTo("OK"))
                .body("families.billing.status", equalTo("UNAVAILABLE"))
                .body("families.billing.detail", equalTo("no answer in time"));
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("billing"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aServiceAnswering5xxOpensItsFamilysBreakerOnly() {
        // BROKEN's coverage answers 500 (each scorecard tries twice: one retry)
        for (int i = 0; i < 8 && breakers.currentState("coverage") != CircuitBreakerState.OPEN; i++) {
            scorecard("BROKEN").body("families.coverage.status", equalTo("UNAVAILABLE"));
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState("coverage"));
        int hits = services.hits("coverage");
        // now every caller gets coverage UNAVAILABLE at once, without a call to the service
        scorecard("ALPHA").body("families.coverage.status", equalTo("UNAVAILABLE"))
                .body("families.coverage.detail", containsString("circuit open"))
                .body("families.voice.status", equalTo("OK"));
        assertEquals(hits, services.hits("coverage"));
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("voice"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void refusedConnectionsOpenTheBreaker() {
        services.stop("complaints");
        try {
            // each scorecard tries twice (one retry); the breaker decides after 8 calls
            for (int i = 0; i < 8 && breakers.currentState("complaints") != CircuitBreakerState.OPEN; i++) {
                scorecard("ALPHA").body("families.complaints.status", equalTo("UNAVAILABLE"));
            }
            assertEquals(CircuitBreakerState.OPEN, breakers.currentState("complaints"));
            scorecard("ALPHA").body("families.complaints.detail", containsString("circuit open"));
        } finally {
            services.start("complaints");
        }
        breakers.reset("complaints");
        scorecard("ALPHA").body("overall", equalTo("PASS")).body("families.complaints.status", equalTo("OK"));
    }
}

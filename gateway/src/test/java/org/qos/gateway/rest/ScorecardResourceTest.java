package org.qos.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;

/** Scorecards against four fake services (see FakeServices for what each operator gets). */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class ScorecardResourceTest {

    @FakeServices.Inject
    FakeServices services;

    private static ValidatableResponse scorecard(String operatorId) {
        var request = given().header("Authorization", "Bearer the-callers-token")
                .queryParam("from", "2026-07-01").queryParam("to", "2026-09-30");
        if (operatorId != null) {
            request.queryParam("operatorId", operatorId);
        }
        return request.get("/api/v1/scorecards").then();
    }

    @Test
    void withoutATokenIs401() {
        given().queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get("/api/v1/scorecards").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void anOperatorGetsItsOwnScorecardByDefaultEveryFamilyPassing() {
        scorecard(null).statusCode(200)
                .body("operatorId", equalTo("ALPHA"))
                .body("from", equalTo("2026-07-01"))
                .body("to", equalTo("2026-09-30"))
                .body("overall", equalTo("PASS"))
                .body("families.voice.status", equalTo("OK"))
                .body("families.voice.results", hasSize(1))
                .body("families.voice.results[0].kpiId", equalTo("voice.kpi"))
                // family-specific fields pass through untouched
                .body("families.coverage.results[0].bins.measured", equalTo(10))
                .body("families.billing.status", equalTo("OK"))
                .body("families.billing.detail", nullValue())
                // the informative result (no verdict) is listed and does not spoil the PASS
                .body("families.complaints.results", hasSize(2))
                .body("families.complaints.results[1].verdict", nullValue());
        // the services were asked with the caller's token
        for (String family : FakeServices.FAMILIES) {
            assertEquals("Bearer the-callers-token", services.lastAuthorization(family), family);
        }
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void anotherOperatorsScorecardIs403() {
        scorecard("BETA").statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://qos.example/problems/forbidden"));
        scorecard("ALPHA").statusCode(200).body("operatorId", equalTo("ALPHA"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theRegulatorNamesTheOperatorAndThePeriod() {
        scorecard(null).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("operatorId"));
        given().queryParam("operatorId", "ALPHA").queryParam("to", "2026-09-30").get("/api/v1/scorecards")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().queryParam("operatorId", "ALPHA").queryParam("from", "2026-07-01").queryParam("to", "30/09/2026")
                .get("/api/v1/scorecards").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("operatorId", "ALPHA").queryParam("from", "2026-07-01").queryParam("to", "2026-06-30")
                .get("/api/v1/scorecards").then().statusCode(400).body("errors[0].field", equalTo("to"));
        scorecard("BETA").statusCode(200).body("operatorId", equalTo("BETA")).body("overall", equalTo("PASS"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void oneFailingResultFailsTheScorecard() {
        scorecard("FAILING").statusCode(200).body("overall", equalTo("FAIL"))
                .body("families.voice.results[1].verdict", equalTo("FAIL"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void insufficientDataOrAnEmptyFamilyIsIncomplete() {
        scorecard("THIN").statusCode(200).body("overall", equalTo("INCOMPLETE"))
                .body("families.coverage.status", equalTo("OK"));
        scorecard("EMPTY").statusCode(200).body("overall", equalTo("INCOMPLETE"))
                .body("families.billing.status", equalTo("OK"))
                .body("families.billing.results", hasSize(0));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aSlowFamilyIsUnavailableWithinTwoSeconds() {
        long start = System.nanoTime();
        scorecard("SLOW").statusCode(200)
                .body("overall", equalTo("INCOMPLETE"))
                .body("families.billing.status", equalTo("UNAVAILABLE"))
                .body("families.billing.results", hasSize(0))
                .body("families.billing.detail", containsString("no answer"))
                .body("families.voice.status", equalTo("OK"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // the service answers after 5 s; the family is given at most 2 s (plus the test's own overhead)
        assertTrue(millis < 2_500, "the scorecard took " + millis + " ms");
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aFailingFamilyIsUnavailable() {
        scorecard("BROKEN").statusCode(200).body("overall", equalTo("INCOMPLETE"))
                .body("families.coverage.status", equalTo("UNAVAILABLE"))
                .body("families.coverage.detail", containsString("HTTP 500"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aStoppedServiceMakesItIncompleteAndStartingItAgainMakesItWhole() {
        services.stop("billing");
        try {
            long start = System.nanoTime();
            scorecard("ALPHA").statusCode(200).body("overall", equalTo("INCOMPLETE"))
                    .body("families.billing.status", equalTo("UNAVAILABLE"))
                    .body("families.billing.detail", equalTo("the service cannot be reached"))
                    .body("families.voice.status", equalTo("OK"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 2_500, "the scorecard took " + millis + " ms");
        } finally {
            services.start("billing");
        }
        scorecard("ALPHA").statusCode(200).body("overall", equalTo("PASS"))
                .body("families.billing.status", equalTo("OK"));
    }
}

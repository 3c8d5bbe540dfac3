package org.qos.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The voice service as users meet it: started by ./qos against the real PostgreSQL, with real tokens from the
 * running Keycloak.
 */
class VoiceEndToEndTest {

    private static final String VOICE = System.getProperty("qos.voice.url", "http://127.0.0.1:8081");
    private static final String CAMPAIGNS = VOICE + "/api/v1/voice/campaigns";
    private static final String HEADER = "callId,startedAt,score,speedKmh,onNet\n";

    private static String alphaCampaign;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String campaign(String token, String operatorId) {
        return as(token).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\","
                        + "\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}")
                .post(CAMPAIGNS).then().statusCode(201).extract().path("id");
    }

    private static String calls(String prefix, int n, int good) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < n; i++) {
            csv.append(prefix).append(i).append(",2026-07-15T10:00:00+07:00,").append(i < good ? "3.4" : "2.1")
                    .append(",").append(i % 31).append(",true\n");
        }
        return csv.toString();
    }

    @BeforeAll
    static void alphaHasACampaign() {
        alphaCampaign = campaign(Tokens.user("alpha"), "ALPHA");
    }

    @Test
    void tokensCarryTheRolesAndTheOperatorId() {
        assertEquals("ALPHA", Tokens.claims(Tokens.user("alpha")).path("operator_id").asText());
        assertEquals("BETA", Tokens.claims(Tokens.user("beta")).path("operator_id").asText());
        assertTrue(Tokens.claims(Tokens.user("regulator")).path("realm_access").path("roles").toString()
                .contains("regulator"));
        assertEquals("ALPHA", Tokens.claims(Tokens.system("alpha-system", "alpha-system-secret"))
                .path("operator_id").asText());
    }

    @Test
    void noTokenIs401() {
        given().get(CAMPAIGNS).then().statusCode(401);
        given().contentType("text/csv").body(calls("U", 1, 1))
                .post(CAMPAIGNS + "/{id}/samples", alphaCampaign).then().statusCode(401);
    }

    @Test
    void forgedTokensAre401() {
        as(Tokens.withForgedSignature(Tokens.user("alpha"))).get(CAMPAIGNS).then().statusCode(401);
        as(Tokens.withAlteredClaim(Tokens.user("beta"), "operator_id", "ALPHA"))
                .get(CAMPAIGNS + "/{id}", alphaCampaign).then().statusCode(401);
        as("not-a-jwt").get(CAMPAIGNS).then().statusCode(401);
    }

    @Test
    void betaGets403OnAlphasCampaignAndStoresNothing() {
        String beta = Tokens.user("beta");
        as(beta).get(CAMPAIGNS + "/{id}", alphaCampaign).then().statusCode(403)
                .contentType("application/problem+json");
        as(beta).get(CAMPAIGNS + "/{id}/result", alphaCampaign).then().statusCode(403);
        as(beta).contentType("text/csv").body(calls("B", 10, 10))
                .post(CAMPAIGNS + "/{id}/samples", alphaCampaign).then().statusCode(403);
        as(beta).queryParam("operatorId", "ALPHA").get(CAMPAIGNS).then().statusCode(403);
        as(beta).get(CAMPAIGNS).then().statusCode(200).body("id", not(hasItem(alphaCampaign)))
                .body("operatorId", everyItem(equalTo("BETA")));
        as(Tokens.user("regulator")).get(CAMPAIGNS + "/{id}/result", alphaCampaign).then().statusCode(200)
                .body("sample.total", equalTo(0));
    }

    @Test
    void theRegulatorReadsEveryOperator() {
        String regulator = Tokens.user("regulator");
        as(regulator).get(CAMPAIGNS + "/{id}", alphaCampaign).then().statusCode(200)
                .body("operatorId", equalTo("ALPHA"));
        String betas = campaign(regulator, "BETA");
        as(regulator).queryParam("size", 1000).get(CAMPAIGNS).then().statusCode(200)
                .body("id", hasItem(alphaCampaign)).body("id", hasItem(betas));
        as(regulator).get(VOICE + "/api/v1/voice/compliance").then().statusCode(200)
                .body("operatorId", hasItem("ALPHA"));
    }

    @Test
    void anOperatorSystemUploadsWithClientCredentials() {
        String system = Tokens.system("alpha-system", "alpha-system-secret");
        String id = campaign(system, "ALPHA");
        as(system).contentType("text/csv").body(calls("S", 1000, 950))
                .post(CAMPAIGNS + "/{id}/samples", id).then().statusCode(200)
                .body("accepted", equalTo(1000)).body("batchId", notNullValue());
        as(system).get(CAMPAIGNS + "/{id}/result", id).then().statusCode(200)
                .body("verdict", equalTo("PASS"))
                .body("sample.valid", equalTo(1000))
                .body("confidence.method", equalTo("CLOPPER_PEARSON"));
        as(system).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"BETA\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\","
                        + "\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}")
                .post(CAMPAIGNS).then().statusCode(403);
    }

    @Test
    void badInputIsAProblemNamingRowAndField() {
        String alpha = Tokens.user("alpha");
        as(alpha).contentType("text/csv").body(HEADER + "X1,2026-07-15T10:00:00+07:00,3.2,10,true\n"
                        + "X2,2026-07-15T10:00:00+07:00,7.5,10,true\n")
                .post(CAMPAIGNS + "/{id}/samples", alphaCampaign).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("score"))
                .body("detail", containsString("nothing was stored"));
    }

    @Test
    void healthAndOpenApiAreOpen() {
        given().get(VOICE + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get(VOICE + "/q/openapi").then().statusCode(200).body(containsString("/api/v1/voice/campaigns"));
    }
}

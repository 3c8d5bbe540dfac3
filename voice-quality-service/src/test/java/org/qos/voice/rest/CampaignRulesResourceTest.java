package org.qos.voice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.CampaignRows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * Issue 14 in the voice family: a campaign's period spans at most 366 days; samples are dated inside it; who created a
 * campaign (createdByRole), and in the regulator's campaign the samples and closing are the regulator's.
 */
@QuarkusTest
class CampaignRulesResourceTest {

    private static final String CAMPAIGNS = "/api/v1/voice/campaigns";
    private static final String CSV = "text/csv";
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://qos.example/problems/";
    private static final String HEADER = "callId,startedAt,score,speedKmh,onNet\n";

    static String body(String operatorId, String periodStart, String periodEnd) {
        return "{\"operatorId\":\"" + operatorId + "\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\",\"periodStart\":\""
                + periodStart + "\",\"periodEnd\":\"" + periodEnd + "\"}";
    }

    static String regulatorsCampaign(String operatorId) {
        return CampaignRows.insert("voice.campaign", operatorId, Map.of("area_code", "HN", "method", "OBJECTIVE",
                "instrument", "P.862.1", "created_by_role", "REGULATOR"));
    }

    static long rows(String id) {
        return given().get(CAMPAIGNS + "/{id}/result", id).then().statusCode(200).extract().jsonPath()
                .getLong("sample.total");
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aPeriodOfMoreThan366DaysIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(body("ALPHA", "0001-01-01", "9999-12-31")).post(CAMPAIGNS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("errors.field", hasItems("periodStart", "periodEnd"));
        given().contentType(ContentType.JSON).body(body("ALPHA", "2026-01-01", "2027-01-02")).post(CAMPAIGNS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("periodEnd"))
                .body("errors[0].message", containsString("spans 367 days; at most 366"));
        given().contentType(ContentType.JSON).body(body("ALPHA", "2026-01-01", "2027-01-01")).post(CAMPAIGNS)
                .then().statusCode(201).body("createdByRole", equalTo("REGULATOR"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void samplesDatedOutsideThePeriodAreInvalidRows() {
        String id = given().contentType(ContentType.JSON).body(body("ALPHA", "2026-07-01", "2026-09-30"))
                .post(CAMPAIGNS).then().statusCode(201).extract().path("id");
        given().contentType(CSV).body(HEADER + "P1,2026-07-01T08:00:00+07:00,3.5,10,true\n"
                        + "P2,0001-01-01T00:00:00Z,3.5,10,true\n"
                        + "P3,2026-12-01T08:00:00+07:00,3.5,10,true\n")
                .post(CAMPAIGNS + "/{id}/samples", id).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors.field", equalTo(List.of("startedAt", "startedAt")));
        assertEquals(0, rows(id));
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void anOperatorNeitherUploadsSamplesIntoNorClosesTheRegulatorsCampaign() {
        String regulators = regulatorsCampaign("ALPHA");
        given().get(CAMPAIGNS + "/{id}", regulators).then().statusCode(200)
                .body("createdBy", equalTo("regulator"))
                .body("createdByRole", equalTo("REGULATOR"));
        given().contentType(CSV).body(HEADER + "R1,2026-07-01T08:00:00+07:00,3.5,10,true\n")
                .post(CAMPAIGNS + "/{id}/samples", regulators).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "regulator-campaign"));
        given().post(CAMPAIGNS + "/{id}/close", regulators).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "regulator-campaign"));
        given().get(CAMPAIGNS + "/{id}", regulators).then().body("status", equalTo("OPEN"));
        assertEquals(0, rows(regulators));

        // its own campaign: created as OPERATOR, and everything is its own to do
        String own = given().contentType(ContentType.JSON).body(body("ALPHA", "2026-07-01", "2026-09-30"))
                .post(CAMPAIGNS).then().statusCode(201).body("createdByRole", equalTo("OPERATOR")).extract().path("id");
        given().contentType(CSV).body(HEADER + "O1,2026-07-01T08:00:00+07:00,3.5,10,true\n")
                .post(CAMPAIGNS + "/{id}/samples", own).then().statusCode(200);
        given().post(CAMPAIGNS + "/{id}/close", own).then().statusCode(200).body("createdByRole", equalTo("OPERATOR"));
        given().queryParam("size", 1000).get(CAMPAIGNS).then().statusCode(200)
                .body("find { it.id == '" + regulators + "' }.createdByRole", equalTo("REGULATOR"))
                .body("find { it.id == '" + own + "' }.createdByRole", equalTo("OPERATOR"));
    }

    @Test
    void theDocumentDescribesCreatedByRoleAsARequiredEnum() {
        var document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("#/components/schemas/CreatorRole",
                document.getString("components.schemas.VoiceCampaign.properties.createdByRole.$ref"));
        assertEquals(List.of("REGULATOR", "OPERATOR"), document.getList("components.schemas.CreatorRole.enum"));
        org.hamcrest.MatcherAssert.assertThat(document.getList("components.schemas.VoiceCampaign.required"),
                hasItem("createdByRole"));
    }
}

package org.qos.coverage.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
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
 * Issue 14 in the coverage family: a drive test's period spans at most 366 days; samples are dated inside it; who
 * created a campaign (createdByRole), and in the regulator's drive test the samples and closing are the regulator's.
 */
@QuarkusTest
class CampaignRulesResourceTest {

    private static final String CAMPAIGNS = "/api/v1/coverage/campaigns";
    private static final String CSV = CoverageCampaignResourceTest.CSV;
    private static final String PROBLEM = CoverageCampaignResourceTest.PROBLEM;
    private static final String PROBLEMS = "https://qos.example/problems/";
    private static final String HEADER = CoverageCampaignResourceTest.HEADER;

    static String body(String operatorId, String periodStart, String periodEnd) {
        return "{\"operatorId\":\"" + operatorId + "\",\"areaCode\":\"HN\",\"periodStart\":\"" + periodStart
                + "\",\"periodEnd\":\"" + periodEnd + "\",\"thresholdDbm\":-85}";
    }

    static String sample(String at) {
        return at + ",21.03,105.85,-80,10,S1,true\n";
    }

    static long samples(String id) {
        return given().get(CAMPAIGNS + "/{id}/result", id).then().statusCode(200).extract().jsonPath()
                .getLong("sample.total");
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aPeriodOfMoreThan366DaysIsRefusedAndSamplesAreDatedInside() {
        given().contentType(ContentType.JSON).body(body("ALPHA", "2026-01-01", "2027-06-30")).post(CAMPAIGNS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("periodEnd"))
                .body("errors[0].message", containsString("at most 366"));
        String id = given().contentType(ContentType.JSON).body(body("ALPHA", "2026-07-01", "2026-09-30"))
                .post(CAMPAIGNS).then().statusCode(201).body("createdByRole", equalTo("REGULATOR"))
                .extract().path("id");
        given().contentType(CSV).body(HEADER + sample("2026-07-15T10:00:00+07:00") + sample("-5000-01-01T00:00:00Z")
                        + sample("2026-06-29T10:00:00+07:00"))
                .post(CAMPAIGNS + "/{id}/samples", id).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors.field", equalTo(List.of("at", "at")));
        assertEquals(0, samples(id));
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void anOperatorNeitherUploadsSamplesIntoNorClosesTheRegulatorsDriveTest() {
        String regulators = CampaignRows.insert("coverage.campaign", "ALPHA", Map.of("area_code", "HN",
                "threshold_dbm", new BigDecimal("-85"), "bin_meters", 100, "created_by_role", "REGULATOR"));
        given().get(CAMPAIGNS + "/{id}", regulators).then().statusCode(200).body("createdByRole", equalTo("REGULATOR"));
        given().contentType(CSV).body(HEADER + sample("2026-07-15T10:00:00+07:00"))
                .post(CAMPAIGNS + "/{id}/samples", regulators).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "regulator-campaign"));
        given().post(CAMPAIGNS + "/{id}/close", regulators).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "regulator-campaign"));
        assertEquals(0, samples(regulators));
        given().get(CAMPAIGNS + "/{id}", regulators).then().body("status", equalTo("OPEN"));

        String own = given().contentType(ContentType.JSON).body(body("ALPHA", "2026-07-01", "2026-09-30"))
                .post(CAMPAIGNS).then().statusCode(201).body("createdByRole", equalTo("OPERATOR")).extract().path("id");
        given().contentType(CSV).body(HEADER + sample("2026-07-15T10:00:00+07:00"))
                .post(CAMPAIGNS + "/{id}/samples", own).then().statusCode(200);
        given().post(CAMPAIGNS + "/{id}/close", own).then().statusCode(200).body("status", equalTo("CLOSED"));
    }
}

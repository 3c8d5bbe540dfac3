package org.qos.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The coverage service as users meet it: started by ./qos against the real PostgreSQL, with real tokens from the
 * running Keycloak. Each run uses its own area, so that it never meets the demo data or an earlier run.
 */
class CoverageEndToEndTest {

    private static final String COVERAGE = System.getProperty("qos.coverage.url", "http://127.0.0.1:8082");
    private static final String CAMPAIGNS = COVERAGE + "/api/v1/coverage/campaigns";
    private static final String AREA = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String STREETS = COVERAGE + "/api/v1/coverage/areas/" + AREA + "/streets";
    private static final String HEADER = "at,lat,lon,signalDbm,speedKmh,streetId,outdoor\n";
    private static final String AT = "2026-07-15T10:00:00+07:00";

    private static String alphaCampaign;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /**
     * Two bins of 100 m (Web Mercator), far apart in Hanoi: the first with -80 and -82 dBm (median -81: covered at
     * -85), the second with -95 and -90 (median -92.5: not covered); an indoor sample on S3 is excluded.
     * Streets S1 and S2 measured of S1, S2, S3: 2 of 3, enough.
     */
    private static String driveTest() {
        return HEADER
                + AT + ",21.02850,105.85420,-80,20,S1,true\n"
                + AT + ",21.02851,105.85421,-82,30,S1,true\n"
                + AT + ",21.03000,105.86000,-95,10,S2,true\n"
                + AT + ",21.03001,105.86001,-90,0,S2,true\n"
                + AT + ",21.03000,105.86000,-60,0,S3,false\n";
    }

    @BeforeAll
    static void anAreaWithStreetsAndAnAlphaCampaign() {
        as(Tokens.user("regulator")).contentType("text/csv")
                .body("streetId,name,lengthMeters\nS1,Hang Bai,880\nS2,Trang Tien,420\nS3,Ly Thai To,700\n")
                .put(STREETS).then().statusCode(200).body("streets", equalTo(3));
        alphaCampaign = as(Tokens.user("alpha")).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"" + AREA + "\",\"periodStart\":\"2026-07-01\","
                        + "\"periodEnd\":\"2026-09-30\",\"thresholdDbm\":-85,\"binMeters\":100}")
                .post(CAMPAIGNS).then().statusCode(201).extract().path("id");
        as(Tokens.system("alpha-system", "alpha-system-secret")).contentType("text/csv").body(driveTest())
                .post(CAMPAIGNS + "/{id}/samples", alphaCampaign).then().statusCode(200)
                .body("accepted", equalTo(5));
    }

    @Test
    void theResultCountsBinsAndStreets() {
        as(Tokens.user("alpha")).get(CAMPAIGNS + "/{id}/result", alphaCampaign).then().statusCode(200)
                .body("kpiId", equalTo("coverage.outdoor"))
                .body("target.comparator", equalTo("GT"))
                .body("value", equalTo(0.5f))
                .body("bins.measured", equalTo(2))
                .body("bins.covered", equalTo(1))
                .body("sample.total", equalTo(5))
                .body("sample.valid", equalTo(4))
                .body("sample.exclusions.INDOOR", equalTo(1))
                .body("streets.inventory", equalTo(3))
                .body("streets.measured", equalTo(2))
                .body("sample.sufficient", equalTo(true))
                .body("verdict", equalTo("FAIL"));
        as(Tokens.user("alpha")).get(CAMPAIGNS + "/{id}/unmeasured-streets", alphaCampaign).then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("streetId", equalTo(List.of("S3")));
    }

    @Test
    void theMapIsGeoJson() {
        String body = as(Tokens.user("alpha")).get(CAMPAIGNS + "/{id}/map", alphaCampaign).then().statusCode(200)
                .contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(2))
                .body("features.geometry.type", everyItem(equalTo("Polygon")))
                .extract().asString();
        List<List<List<Float>>> rings = JsonPath.from(body).getList("features.geometry.coordinates[0]");
        for (List<List<Float>> ring : rings) {
            assertEquals(5, ring.size());
            assertEquals(ring.get(0), ring.get(4), "closed ring");
            assertTrue(ring.get(0).get(0) > 105 && ring.get(0).get(1) < 22, "[lon, lat] order");
        }
        List<Boolean> covered = JsonPath.from(body).getList("features.properties.covered");
        assertTrue(covered.contains(true) && covered.contains(false));
    }

    @Test
    void betaGets403AndOnlyTheRegulatorWritesInventories() {
        String beta = Tokens.user("beta");
        as(beta).get(CAMPAIGNS + "/{id}/result", alphaCampaign).then().statusCode(403)
                .contentType("application/problem+json");
        as(beta).get(CAMPAIGNS + "/{id}/map", alphaCampaign).then().statusCode(403);
        as(beta).get(CAMPAIGNS + "/{id}/unmeasured-streets", alphaCampaign).then().statusCode(403);
        as(beta).contentType("text/csv").body(driveTest())
                .post(CAMPAIGNS + "/{id}/samples", alphaCampaign).then().statusCode(403);
        as(beta).queryParam("operatorId", "ALPHA").get(COVERAGE + "/api/v1/coverage/compliance").then().statusCode(403);
        as(beta).get(CAMPAIGNS).then().statusCode(200).body("id", not(hasItem(alphaCampaign)));
        as(Tokens.user("alpha")).contentType(ContentType.JSON)
                .body("[{\"streetId\":\"X\",\"name\":\"X\",\"lengthMeters\":1}]").put(STREETS).then().statusCode(403);
        as(Tokens.user("regulator")).get(STREETS).then().statusCode(200).header("X-Total-Count", "3");
    }

    @Test
    void noTokenIs401AndACampaignWithoutThresholdIs400() {
        given().get(CAMPAIGNS).then().statusCode(401);
        given().contentType("text/csv").body(driveTest())
                .post(CAMPAIGNS + "/{id}/samples", alphaCampaign).then().statusCode(401);
        as(Tokens.user("alpha")).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"" + AREA + "\",\"periodStart\":\"2026-07-01\","
                        + "\"periodEnd\":\"2026-09-30\"}")
                .post(CAMPAIGNS).then().statusCode(400)
                .body("errors[0].field", equalTo("thresholdDbm"));
    }

    @Test
    void healthAndOpenApiAreOpen() {
        given().get(COVERAGE + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get(COVERAGE + "/q/openapi").then().statusCode(200);
    }
}

package org.qos.coverage.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.JsonNumbers;
import org.qos.coverage.domain.Bin;
import org.qos.coverage.domain.WebMercator;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The coverage API against the real local PostgreSQL (database qos_test), with test identities. */
@QuarkusTest
class CoverageCampaignResourceTest {

    static {
        JsonNumbers.readAsDoubles();
    }

    static final String CSV = "text/csv";
    static final String PROBLEM = "application/problem+json";
    static final String HEADER = "at,lat,lon,signalDbm,speedKmh,streetId,outdoor\n";
    static final String AT = "2026-07-15T10:00:00+07:00";
    /** The bin of Hoan Kiem lake, Hanoi, at 100 m: (117836, 23952). */
    static final Bin HOME = Bin.of(21.0285, 105.8542, 100);

    static String newArea() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A position inside bin (HOME.x + dx, HOME.y + dy) of 100 m, at fractions (fx, fy) of its side. */
    static String position(int dx, int dy, double fx, double fy) {
        double lat = WebMercator.lat((HOME.y() + dy + fy) * 100);
        double lon = WebMercator.lon((HOME.x() + dx + fx) * 100);
        return lat + "," + lon;
    }

    static String row(int dx, int dy, double fx, String signal, String speed, String street, boolean outdoor) {
        return AT + "," + position(dx, dy, fx, 0.5) + "," + signal + "," + speed + "," + street + "," + outdoor + "\n";
    }

    static void putStreets(String area, String... ids) {
        StringBuilder csv = new StringBuilder("streetId,name,lengthMeters\n");
        for (String id : ids) {
            csv.append(id).append(",Street ").append(id).append(",250\n");
        }
        given().contentType(CSV).body(csv.toString()).put("/api/v1/coverage/areas/{area}/streets", area)
                .then().statusCode(200).body("streets", equalTo(ids.length));
    }

    static String createCampaign(String operatorId, String area, String extra) {
        return given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"areaCode\":\"" + area
                        + "\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"" + extra + "}")
                .post("/api/v1/coverage/campaigns")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/coverage/campaigns/"))
                .body("status", equalTo("OPEN"))
                .extract().path("id");
    }

    static int total(String id) {
        return ((Number) given().get("/api/v1/coverage/campaigns/{id}/result", id).then().statusCode(200)
                .extract().path("sample.total")).intValue();
    }

    /**
     * Four bins at threshold -85 dBm:
     * A (0,0): -80 and -90, median exactly -85: covered;
     * B (1,0): -84.9 and -85.1, median -85.0 exactly (in double arithmetic it might not be): covered;
     * C (0,1): -70: covered;
     * D (1,1): -100, -100, -60: median -100, not covered; an indoor -50, a fast -40 and an indoor fast -45
     * would lift it to covered if they were counted.
     * Streets S1, S2 have valid samples; S3 only an excluded one; S4 none: 2 of 4 measured, exactly half.
     */
    static String driveTest() {
        return HEADER
                + row(0, 0, 0.2, "-80", "12.5", "S1", true)
                + row(0, 0, 0.7, "-90", "30", "S1", true)
                + row(1, 0, 0.3, "-84.9", "0", "S2", true)
                + row(1, 0, 0.6, "-85.1", "29.9", "S2", true)
                + row(0, 1, 0.5, "-70", "5", "", true)
                + row(1, 1, 0.1, "-100", "10", "S1", true)
                + row(1, 1, 0.4, "-100", "10", "S1", true)
                + row(1, 1, 0.8, "-60", "10", "S1", true)
                + row(1, 1, 0.5, "-50", "3", "S3", false)
                + row(1, 1, 0.5, "-40", "30.5", "S3", true)
                + row(1, 1, 0.5, "-45", "50", "S3", false);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void resultCountsBinsByTheirMedianAndStreetsByValidSamples() {
        String area = newArea();
        putStreets(area, "S1", "S2", "S3", "S4");
        String id = createCampaign("ALPHA", area, ",\"thresholdDbm\":-85");
        given().contentType(CSV).body(driveTest()).post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(200).body("accepted", equalTo(11)).body("batchId", notNullValue());

        given().get("/api/v1/coverage/campaigns/{id}/result", id).then().statusCode(200)
                .body("kpiId", equalTo("coverage.outdoor"))
                .body("clause", equalTo("3.5"))
                .body("method", equalTo("DRIVE_TEST"))
                .body("operatorId", equalTo("ALPHA"))
                .body("areaCode", equalTo(area))
                .body("campaignId", equalTo(id))
                .body("unit", equalTo("RATIO"))
                .body("target.comparator", equalTo("GT"))
                .body("target.value", equalTo(0.9))
                .body("value", equalTo(0.75))
                .body("bins.measured", equalTo(4))
                .body("bins.covered", equalTo(3))
                .body("sample.total", equalTo(11))
                .body("sample.valid", equalTo(8))
                .body("sample.excluded", equalTo(3))
                .body("sample.exclusions.INDOOR", equalTo(2))
                .body("sample.exclusions.OVER_SPEED", equalTo(1))
                .body("streets.inventory", equalTo(4))
                .body("streets.measured", equalTo(2))
                .body("streets.ratio", equalTo(0.5))
                .body("sample.sufficient", equalTo(true))
                .body("confidence.method", equalTo("CLOPPER_PEARSON"))
                .body("verdict", equalTo("FAIL"))
                .body("thresholdDbm", equalTo(-85))
                .body("binMeters", equalTo(100))
                .body("computedAt", containsString("+07:00"));

        given().get("/api/v1/coverage/campaigns/{id}/unmeasured-streets", id).then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("streetId", equalTo(List.of("S3", "S4")))
                .body("[0].name", equalTo("Street S3"))
                .body("[0].lengthMeters", equalTo(250));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theMapIsGeoJsonWithOneClosedLonLatSquarePerMeasuredBin() {
        String area = newArea();
        String id = createCampaign("BETA", area, ",\"thresholdDbm\":-85");
        given().contentType(CSV).body(driveTest()).post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(200);

        String body = given().get("/api/v1/coverage/campaigns/{id}/map", id).then().statusCode(200)
                .contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(4))
                .body("features.type", everyItem(equalTo("Feature")))
                .body("features.geometry.type", everyItem(equalTo("Polygon")))
                .extract().asString();
        given().accept(ContentType.JSON).get("/api/v1/coverage/campaigns/{id}/map", id).then().statusCode(200)
                .contentType(ContentType.JSON).body("features", hasSize(4));

        JsonPath map = JsonPath.from(body);
        Map<String, Map<String, Object>> byBin = new HashMap<>();
        List<Map<String, Object>> features = map.getList("features");
        for (Map<String, Object> feature : features) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
            byBin.put(((Number) properties.get("binX")).longValue() - HOME.x() + ","
                    + (((Number) properties.get("binY")).longValue() - HOME.y()), properties);
            @SuppressWarnings("unchecked")
            Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
            @SuppressWarnings("unchecked")
            List<List<List<Number>>> rings = (List<List<List<Number>>>) geometry.get("coordinates");
            assertEquals(1, rings.size(), "one exterior ring");
            List<List<Number>> ring = rings.get(0);
            assertEquals(5, ring.size());
            assertEquals(ring.get(0), ring.get(4), "the ring is closed");
            for (List<Number> p : ring) {
                assertEquals(2, p.size());
                assertTrue(p.get(0).doubleValue() > 105.8 && p.get(0).doubleValue() < 105.9, "longitude first: " + p);
                assertTrue(p.get(1).doubleValue() > 21.0 && p.get(1).doubleValue() < 21.1, "latitude second: " + p);
            }
            long binX = ((Number) properties.get("binX")).longValue();
            long binY = ((Number) properties.get("binY")).longValue();
            // the polygon holds a sample of its bin: the bin's centre, where the test put samples
            double lon = WebMercator.lon((binX + 0.5) * 100);
            double lat = WebMercator.lat((binY + 0.5) * 100);
            assertTrue(ring.get(0).get(0).doubleValue() < lon && lon < ring.get(2).get(0).doubleValue());
            assertTrue(ring.get(0).get(1).doubleValue() < lat && lat < ring.get(2).get(1).doubleValue());
            assertEquals(binX + ":" + binY, feature.get("id"));
        }
        assertEquals(Map.of("medianDbm", -85.0, "samples", 2.0, "covered", true), pick(byBin.get("0,0")));
        assertEquals(Map.of("medianDbm", -85.0, "samples", 2.0, "covered", true), pick(byBin.get("1,0")));
        assertEquals(Map.of("medianDbm", -70.0, "samples", 1.0, "covered", true), pick(byBin.get("0,1")));
        assertEquals(Map.of("medianDbm", -100.0, "samples", 3.0, "covered", false), pick(byBin.get("1,1")));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theMapIsPagedByFeaturesWithTheTotalAndWindowedByABoundingBox() {
        String id = createCampaign("BETA", newArea(), ",\"thresholdDbm\":-85");
        given().contentType(CSV).body(driveTest()).post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(200);
        String map = "/api/v1/coverage/campaigns/{id}/map";
        String first = HOME.x() + ":" + HOME.y();
        String east = (HOME.x() + 1) + ":" + HOME.y();
        String north = HOME.x() + ":" + (HOME.y() + 1);
        String northEast = (HOME.x() + 1) + ":" + (HOME.y() + 1);
        // south to north, then west to east
        given().queryParam("size", 2).get(map, id).then().statusCode(200).contentType("application/geo+json")
                .header("X-Total-Count", "4").body("type", equalTo("FeatureCollection"))
                .body("features.id", equalTo(List.of(first, east)));
        given().queryParam("page", 1).queryParam("size", 2).get(map, id).then().statusCode(200)
                .header("X-Total-Count", "4").body("features.id", equalTo(List.of(north, northEast)));
        given().queryParam("page", 2).queryParam("size", 2).get(map, id).then().statusCode(200)
                .header("X-Total-Count", "4").body("features", hasSize(0));
        given().get(map, id).then().statusCode(200).header("X-Total-Count", "4").body("features", hasSize(4));

        // a window around the first bin's centre (a few metres): that bin only
        double lon = WebMercator.lon((HOME.x() + 0.5) * 100);
        double lat = WebMercator.lat((HOME.y() + 0.5) * 100);
        String window = (lon - 0.0001) + "," + (lat - 0.0001) + "," + (lon + 0.0001) + "," + (lat + 0.0001);
        given().queryParam("bbox", window).get(map, id).then().statusCode(200)
                .header("X-Total-Count", "1").body("features.id", equalTo(List.of(first)));
        // a window over the two northern bins
        double northLat = WebMercator.lat((HOME.y() + 1.5) * 100);
        double eastLon = WebMercator.lon((HOME.x() + 1.5) * 100);
        given().queryParam("bbox", lon + "," + northLat + "," + eastLon + "," + northLat).get(map, id).then()
                .statusCode(200).header("X-Total-Count", "2").body("features.id", equalTo(List.of(north, northEast)));
        given().queryParam("bbox", "-10,-10,-9,-9").get(map, id).then().statusCode(200)
                .header("X-Total-Count", "0").body("features", hasSize(0));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aMalformedBoundingBoxOrPageIs400NamingTheParameter() {
        String id = createCampaign("BETA", newArea(), ",\"thresholdDbm\":-85");
        for (String bad : new String[] {"1,2,3", "a,b,c,d", "105.9,21,105.8,21.1", "105.8,21.1,105.9,21",
                "0,91,1,92", "-181,0,1,1", "NaN,0,1,1", "1e3,0,1,1", "1,2,3,4,5", ",,,"}) {
            given().queryParam("bbox", bad).get("/api/v1/coverage/campaigns/{id}/map", id).then().statusCode(400)
                    .contentType(PROBLEM).body("type", equalTo("https://qos.example/problems/invalid-request"))
                    .body("errors[0].field", equalTo("bbox"));
        }
        given().queryParam("size", 1001).get("/api/v1/coverage/campaigns/{id}/map", id).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).get("/api/v1/coverage/campaigns/{id}/map", id).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    private static Map<String, Object> pick(Map<String, Object> properties) {
        return Map.of("medianDbm", ((Number) properties.get("medianDbm")).doubleValue(),
                "samples", ((Number) properties.get("samples")).doubleValue(), "covered", properties.get("covered"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theDatabaseSnapsSamplesToTheSameBinsAsTheProjection() {
        String id = createCampaign("ALPHA", newArea(), ",\"thresholdDbm\":-85,\"binMeters\":250");
        String csv = HEADER + AT + ",21.0285,105.8542,-80,10,,true\n" + AT + ",-0.0001,-0.0001,-80,10,,true\n";
        given().contentType(CSV).body(csv).post("/api/v1/coverage/campaigns/{id}/samples", id).then().statusCode(200);
        given().get("/api/v1/coverage/campaigns/{id}/map", id).then().statusCode(200)
                .body("features.properties.binX", hasItem(47134))
                .body("features.find { it.properties.binX == 47134 }.properties.binY", equalTo(9581))
                .body("features.find { it.properties.binX == -1 }.properties.binY", equalTo(-1));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void badSamplesAreNamedByRowAndFieldAndNothingIsStored() {
        String id = createCampaign("ALPHA", newArea(), ",\"thresholdDbm\":-85");
        String csv = HEADER
                + AT + ",21.03,105.85,-80,10,S1,true\n"
                + AT + ",91,105.85,-80,10,S1,true\n"
                + AT + ",21.03,-181,-80,10,S1,true\n"
                + AT + ",21.03,105.85,NaN,10,S1,true\n"
                + AT + ",21.03,105.85,-151,10,S1,true\n"
                + AT + ",21.03,105.85,1,10,S1,true\n"
                + AT + ",21.03,105.85,-80,-1,S1,true\n"
                + "2026-10-01T00:00:00+07:00,21.03,105.85,-80,10,S1,true\n"
                + AT + ",86,105.85,-80,10,S1,true\n"
                + AT + ",21.03,Infinity,-80,10,S1,maybe\n";
        given().contentType(CSV).body(csv).post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://qos.example/problems/invalid-rows"))
                .body("detail", containsString("9 of 10 rows are invalid"))
                .body("errors.find { it.row == 2 }.field", equalTo("lat"))
                .body("errors.find { it.row == 3 }.field", equalTo("lon"))
                .body("errors.find { it.row == 4 }.field", equalTo("signalDbm"))
                .body("errors.find { it.row == 5 }.field", equalTo("signalDbm"))
                .body("errors.find { it.row == 5 }.message", containsString("between -150 and 0"))
                .body("errors.find { it.row == 6 }.field", equalTo("signalDbm"))
                .body("errors.find { it.row == 7 }.field", equalTo("speedKmh"))
                .body("errors.find { it.row == 8 }.field", equalTo("at"))
                .body("errors.find { it.row == 8 }.message", containsString("campaign period"))
                .body("errors.find { it.row == 9 }.field", equalTo("lat"))
                .body("errors.find { it.row == 9 }.message", containsString("Web Mercator"))
                .body("errors.findAll { it.row == 10 }.field", hasItem("lon"))
                .body("errors.findAll { it.row == 10 }.field", hasItem("outdoor"))
                .body("errors.row", not(hasItem(1)));
        given().contentType(ContentType.JSON).body("[{\"at\":\"" + AT + "\",\"lat\":21.03,\"lon\":105.85,"
                        + "\"signalDbm\":NaN,\"speedKmh\":1,\"streetId\":\"S1\",\"outdoor\":true}]")
                .post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("[{\"at\":\"" + AT + "\",\"lat\":\"21.03\",\"lon\":105.85,"
                        + "\"signalDbm\":-70,\"speedKmh\":1,\"outdoor\":true,\"rssi\":-70}]")
                .post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(400)
                .body("errors.field", hasItem("lat"))
                .body("errors.field", hasItem("rssi"));
        // a header without a required column
        given().contentType(CSV).body("at,lat,lon,signalDbm,outdoor\n" + AT + ",21.03,105.85,-80,true\n")
                .post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(400).body("errors.field", hasItem("speedKmh"));
        assertEquals(0, total(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theFirstAndLastInstantsOfThePeriodCountInThePlusSevenZone() {
        String id = createCampaign("ALPHA", newArea(), ",\"thresholdDbm\":-85");
        String csv = HEADER + "2026-06-30T17:00:00Z,21.03,105.85,-80,10,,true\n"
                + "2026-09-30T23:59:59+07:00,21.03,105.85,-80,10,,true\n";
        given().contentType(CSV).body(csv).post("/api/v1/coverage/campaigns/{id}/samples", id).then().statusCode(200);
        given().contentType(CSV).body(HEADER + "2026-06-30T16:59:59Z,21.03,105.85,-80,10,,true\n")
                .post("/api/v1/coverage/campaigns/{id}/samples", id).then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        assertEquals(2, total(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aCampaignMustStateItsThresholdWhenTheProfileSetsNone() {
        String body = "{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\",\"periodStart\":\"2026-07-01\","
                + "\"periodEnd\":\"2026-09-30\"";
        given().contentType(ContentType.JSON).body(body + "}").post("/api/v1/coverage/campaigns")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("thresholdDbm"))
                .body("errors[0].message", containsString("is required"));
        given().contentType(ContentType.JSON).body(body + ",\"thresholdDbm\":-150.5}").post("/api/v1/coverage/campaigns")
                .then().statusCode(400).body("errors[0].field", equalTo("thresholdDbm"));
        given().contentType(ContentType.JSON).body(body + ",\"thresholdDbm\":-85,\"binMeters\":0}")
                .post("/api/v1/coverage/campaigns")
                .then().statusCode(400).body("errors[0].field", equalTo("binMeters"));
        // null is not "the default": the document gives binMeters no meaning for null
        given().contentType(ContentType.JSON).body(body + ",\"thresholdDbm\":-85,\"binMeters\":null}")
                .post("/api/v1/coverage/campaigns")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("binMeters"))
                .body("errors[0].message", containsString("leave the field out"));
        given().contentType(ContentType.JSON).body(body + ",\"thresholdDbm\":-85,\"binSize\":50}")
                .post("/api/v1/coverage/campaigns")
                .then().statusCode(400).body("errors[0].field", equalTo("binSize"));
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\",\"periodStart\":"
                        + "\"2026-07-01\",\"periodEnd\":\"2026-06-30\",\"thresholdDbm\":-85}")
                .post("/api/v1/coverage/campaigns")
                .then().statusCode(400).body("errors[0].field", equalTo("periodEnd"));
        String id = createCampaign("ALPHA", "HN", ",\"thresholdDbm\":-87.5");
        given().get("/api/v1/coverage/campaigns/{id}", id).then().statusCode(200)
                .body("thresholdDbm", equalTo(-87.5))
                .body("binMeters", equalTo(100));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void idempotencyDryRunAndClosing() {
        String area = newArea();
        putStreets(area, "S1", "S2");
        String id = createCampaign("ALPHA", area, ",\"thresholdDbm\":-85");
        String body = HEADER + row(0, 0, 0.5, "-70", "10", "S1", true) + row(0, 1, 0.5, "-70", "10", "S2", true);
        given().contentType(CSV).queryParam("dryRun", true).body(body)
                .post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(200).body("accepted", equalTo(2)).body("dryRun", equalTo(true))
                .body("batchId", nullValue());
        assertEquals(0, total(id));
        String first = given().contentType(CSV).header("Idempotency-Key", "k-1").body(body)
                .post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(200).extract().path("batchId");
        given().contentType(CSV).header("Idempotency-Key", "k-1").body(body)
                .post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(200).body("batchId", equalTo(first));
        given().contentType(CSV).header("Idempotency-Key", "k-1").body(body + row(1, 1, 0.5, "-70", "10", "S2", true))
                .post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(409).body("type", equalTo("https://qos.example/problems/idempotency-key-reused"));
        assertEquals(2, total(id));
        given().get("/api/v1/coverage/campaigns/{id}/batches", id).then().statusCode(200)
                .header("X-Total-Count", "1").body("[0].rows", equalTo(2));

        given().get("/api/v1/coverage/campaigns/{id}/result", id).then().statusCode(200)
                .body("value", equalTo(1.0)).body("verdict", equalTo("PASS")).body("conclusive", equalTo(false));
        given().post("/api/v1/coverage/campaigns/{id}/close", id).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().contentType(CSV).body(body).post("/api/v1/coverage/campaigns/{id}/samples", id)
                .then().statusCode(409).body("type", equalTo("https://qos.example/problems/campaign-closed"));
        // the inventory changes, the closed result does not
        putStreets(area, "S1", "S2", "S3", "S4", "S5");
        given().get("/api/v1/coverage/campaigns/{id}/result", id).then().statusCode(200)
                .body("streets.inventory", equalTo(2)).body("verdict", equalTo("PASS"));
        given().queryParam("operatorId", "ALPHA").queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get("/api/v1/coverage/compliance").then().statusCode(200)
                .body("campaignId", hasItem(id))
                .body("operatorId", everyItem(equalTo("ALPHA")));
    }

    @Test
    @TestSecurity(user = "beta", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "BETA"))
    void anotherOperatorsCampaignIs403AndNothingIsStored() {
        String area = newArea();
        String alphas = TestCampaigns.insert("ALPHA", area);
        String own = createCampaign("BETA", area, ",\"thresholdDbm\":-85");
        given().get("/api/v1/coverage/campaigns/{id}", alphas).then().statusCode(403).contentType(PROBLEM);
        given().get("/api/v1/coverage/campaigns/{id}/result", alphas).then().statusCode(403);
        given().get("/api/v1/coverage/campaigns/{id}/map", alphas).then().statusCode(403);
        given().get("/api/v1/coverage/campaigns/{id}/unmeasured-streets", alphas).then().statusCode(403);
        given().get("/api/v1/coverage/campaigns/{id}/batches", alphas).then().statusCode(403);
        given().post("/api/v1/coverage/campaigns/{id}/close", alphas).then().statusCode(403);
        given().contentType(CSV).body(HEADER + row(0, 0, 0.5, "-70", "10", "S1", true))
                .post("/api/v1/coverage/campaigns/{id}/samples", alphas).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\",\"periodStart\":"
                        + "\"2026-07-01\",\"periodEnd\":\"2026-09-30\",\"thresholdDbm\":-85}")
                .post("/api/v1/coverage/campaigns").then().statusCode(403);
        given().queryParam("operatorId", "ALPHA").get("/api/v1/coverage/campaigns").then().statusCode(403);
        given().queryParam("operatorId", "ALPHA").get("/api/v1/coverage/compliance").then().statusCode(403);
        given().get("/api/v1/coverage/campaigns").then().statusCode(200)
                .body("id", not(hasItem(alphas)))
                .body("id", hasItem(own))
                .body("operatorId", everyItem(equalTo("BETA")));
        given().get("/api/v1/coverage/compliance").then().statusCode(200)
                .body("operatorId", everyItem(equalTo("BETA")));
        // an operator reads inventories but never writes them
        given().get("/api/v1/coverage/areas/{area}/streets", area).then().statusCode(200);
        given().contentType(ContentType.JSON).body("[{\"streetId\":\"X\",\"name\":\"X\",\"lengthMeters\":10}]")
                .put("/api/v1/coverage/areas/{area}/streets", area).then().statusCode(403).contentType(PROBLEM);
        given().get("/api/v1/coverage/areas/{area}/streets", area).then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Test
    void noIdentityIs401() {
        given().get("/api/v1/coverage/campaigns").then().statusCode(401);
        given().contentType(ContentType.JSON).body("[]").put("/api/v1/coverage/areas/HN/streets").then().statusCode(401);
    }
}

package org.qos.voice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.CampaignRows;
import org.qos.common.profile.ProfileProducer;
import org.qos.voice.domain.GoodScore;
import org.qos.voice.domain.Method;
import org.qos.voice.domain.VoiceRules;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Issue 15: objective scores on their instrument's native scale, mapped onto MOS before the good-score test, through
 * the API and the statistics SQL.
 */
@QuarkusTest
@TestSecurity(user = "regulator", roles = "regulator")
class InstrumentResourceTest {

    private static final String CAMPAIGNS = "/api/v1/voice/campaigns";
    private static final String CSV = "text/csv";
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://qos.example/problems/";
    private static final String HEADER = "callId,startedAt,score,speedKmh,onNet\n";

    private static String create(String instrument) {
        return given().contentType(ContentType.JSON).body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\","
                        + "\"method\":\"OBJECTIVE\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\","
                        + "\"instrument\":\"" + instrument + "\"}")
                .post(CAMPAIGNS).then().statusCode(201).body("instrument", equalTo(instrument)).extract().path("id");
    }

    private static String rows(String... scores) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < scores.length; i++) {
            csv.append("C").append(i + 1).append(",2026-07-01T08:30:00+07:00,").append(scores[i]).append(",10,true\n");
        }
        return csv.toString();
    }

    private static JsonPath result(String id) {
        return given().get(CAMPAIGNS + "/{id}/result", id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aP862CampaignMapsRawPesqByP8621BeforeTheTest() {
        String id = create("P.862");
        // raw 3.0 maps to 2.82: not good; raw 3.2 maps to 3.12: good
        given().contentType(CSV).body(rows("3.0", "3.2")).post(CAMPAIGNS + "/{id}/samples", id)
                .then().statusCode(200).body("accepted", equalTo(2));
        JsonPath result = result(id);
        assertEquals(0.5, result.getDouble("value"));
        assertEquals("P.862", result.getString("instrument"));
        assertEquals("ITU-T P.862.1", result.getString("scoreMapping"));
        assertEquals(3.1192372, result.getDouble("goodScoreNativeMin"), 1e-7);
        assertEquals(List.of(), result.getList("notes").stream().filter(n -> n.toString().startsWith("Estimate"))
                .toList());
    }

    @Test
    void theSqlBoundaryIsTheDomainsOnBothSides() {
        GoodScore good = VoiceRules.from(ProfileProducer.shipped()).goodScore(Method.OBJECTIVE, "P.862");
        double t = good.nativeMin().doubleValue();
        BigDecimal tiny = new BigDecimal("1e-60");
        String id = create("P.862");
        given().contentType(CSV).body(rows(
                        Double.toString(t),                                     // good: mapped(t) >= 3
                        Double.toString(Math.nextDown(t)),                      // not: mapped < 3
                        good.bound().add(tiny).toPlainString(),                 // good: its nearest double is t
                        good.bound().subtract(tiny).toPlainString(),            // not: its nearest is below t
                        good.bound().toPlainString()))                          // the tie: good when t is even
                .post(CAMPAIGNS + "/{id}/samples", id).then().statusCode(200);
        long expected = 2 + (good.inclusive() ? 1 : 0);
        assertEquals((double) expected / 5, result(id).getDouble("value"));
    }

    @Test
    void aG107CampaignIsAnEstimateOfMosCqe() {
        String id = create("G.107");
        // R 58.07 -> 2.9998, 58.08 -> 3.0001, 93.2 -> 4.41, 0 -> 1, 100 -> 4.5
        given().contentType(CSV).body(rows("58.07", "58.08", "93.2", "0", "100"))
                .post(CAMPAIGNS + "/{id}/samples", id).then().statusCode(200);
        JsonPath result = result(id);
        assertEquals(3.0 / 5, result.getDouble("value"));
        assertEquals("G.107", result.getString("instrument"));
        assertEquals("ITU-T G.107 Annex B (MOS-CQE, estimate)", result.getString("scoreMapping"));
        assertEquals(58.078518, result.getDouble("goodScoreNativeMin"), 1e-6);
        given().get(CAMPAIGNS + "/{id}/result", id).then()
                .body("notes", hasItem(containsString("Estimate: MOS-CQE")))
                .body("notes", hasItem(containsString("not one of the standard's methods")));
    }

    @Test
    void mosLqoInstrumentsTakeTheirScoresAsTheyAre() {
        for (String instrument : List.of("P.862.1", "P.862.2", "P.863")) {
            String id = create(instrument);
            given().contentType(CSV).body(rows("3.0", "2.99", "5.0", "1.0")).post(CAMPAIGNS + "/{id}/samples", id)
                    .then().statusCode(200);
            JsonPath result = result(id);
            assertEquals(0.5, result.getDouble("value"), instrument);
            assertEquals("none (MOS-LQO)", result.getString("scoreMapping"), instrument);
        }
    }

    @Test
    void anInstrumentWithoutMappingIsRefusedNamingTheField() {
        for (String instrument : List.of("P.861", "P.999")) {
            given().contentType(ContentType.JSON).body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\","
                            + "\"method\":\"OBJECTIVE\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\","
                            + "\"instrument\":\"" + instrument + "\"}")
                    .post(CAMPAIGNS).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo(PROBLEMS + "invalid-request"))
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("instrument"))
                    .body("errors[0].message", containsString("P.862.1, P.862, P.862.2, P.863, G.107"));
        }
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\","
                        + "\"method\":\"OBJECTIVE\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\","
                        + "\"instrument\":\"P.861\"}")
                .post(CAMPAIGNS).then().body("errors[0].message", containsString("no mapping onto MOS"));
    }

    @Test
    void scoresOutsideTheInstrumentsRangeAreInvalidRows() {
        String pesq = create("P.862");
        given().contentType(CSV).body(rows("-0.5", "-0.51", "4.5", "4.6")).post(CAMPAIGNS + "/{id}/samples", pesq)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("errors.row", equalTo(List.of(2, 4)))
                .body("errors.field", equalTo(List.of("score", "score")))
                .body("errors[0].message", containsString("between -0.5 and 4.5"));
        String eModel = create("G.107");
        given().contentType(ContentType.JSON).body("[{\"callId\":\"R1\",\"startedAt\":\"2026-07-01T08:30:00+07:00\","
                        + "\"score\":100.5,\"speedKmh\":10,\"onNet\":true},{\"callId\":\"R2\",\"startedAt\":"
                        + "\"2026-07-01T08:30:00+07:00\",\"score\":-1,\"speedKmh\":10,\"onNet\":true}]")
                .post(CAMPAIGNS + "/{id}/samples", eModel).then().statusCode(400).contentType(PROBLEM)
                .body("errors.row", equalTo(List.of(1, 2)))
                .body("errors.field", equalTo(List.of("score", "score")))
                .body("errors[0].message", containsString("between 0 and 100"));
        String lqo = create("P.863");
        given().contentType(CSV).body(rows("0.99", "5.01")).post(CAMPAIGNS + "/{id}/samples", lqo)
                .then().statusCode(400).body("errors.row", equalTo(List.of(1, 2)))
                .body("errors.field", equalTo(List.of("score", "score")));
        assertEquals(0, result(pesq).getLong("sample.total"));
        assertEquals(0, result(eModel).getLong("sample.total"));
    }

    @Test
    void anOldCampaignOfP861KeepsItsInstrumentAndIsNotJudged() {
        String id = CampaignRows.insert("voice.campaign", "ALPHA",
                Map.of("area_code", "HN", "method", "OBJECTIVE", "instrument", "P.861"));
        given().get(CAMPAIGNS + "/{id}", id).then().statusCode(200).body("instrument", equalTo("P.861"));
        given().get(CAMPAIGNS + "/{id}/result", id).then().statusCode(200)
                .body("verdict", equalTo("INSUFFICIENT_DATA"))
                .body("value", nullValue())
                .body("instrument", equalTo("P.861"))
                .body("scoreMapping", equalTo("none: no mapping onto MOS"))
                .body("notes", hasItem(containsString("has no mapping onto MOS")));
        given().contentType(CSV).body(rows("3.5")).post(CAMPAIGNS + "/{id}/samples", id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "conflict"))
                .body("detail", containsString("P.861"));
    }
}

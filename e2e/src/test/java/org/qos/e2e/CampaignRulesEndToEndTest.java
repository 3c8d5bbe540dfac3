package org.qos.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The campaign rules of issue 14 against the running stack, with real tokens: a campaign's or audit's period spans at
 * most 366 days (an absurd one is a quick 400, not a flood of partitions); rows dated outside their period (give or
 * take a day for billing's rows) are 400 naming row and field, and the batch stores nothing; createdByRole shows who
 * created a campaign; in the regulator's campaign an operator writes no measurement and closes nothing (403
 * regulator-campaign) but adds its own records. After each hostile request the service is still live and answers
 * another operator's normal request in time.
 */
class CampaignRulesEndToEndTest {

    static final String GATEWAY = System.getProperty("qos.gateway.url", "http://127.0.0.1:8080");
    static final String VOICE = System.getProperty("qos.voice.url", "http://127.0.0.1:8081");
    static final String COVERAGE = System.getProperty("qos.coverage.url", "http://127.0.0.1:8082");
    static final String BILLING = System.getProperty("qos.billing.url", "http://127.0.0.1:8083");

    static final String VOICE_CAMPAIGNS = "/api/v1/voice/campaigns";
    static final String COVERAGE_CAMPAIGNS = "/api/v1/coverage/campaigns";
    static final String BILLING_CAMPAIGNS = "/api/v1/billing/campaigns";
    static final String AUDITS = "/api/v1/billing/invoice-audits";

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEMS = "https://qos.example/problems/";
    static final String VOICE_HEADER = "callId,startedAt,score,speedKmh,onNet\n";
    static final String COVERAGE_HEADER = "at,lat,lon,signalDbm,speedKmh,streetId,outdoor\n";
    static final String CALLS_HEADER = "callId,caller,callee,direction,startedAt,durationSeconds\n";
    static final String RECORDS_HEADER = "recordId,caller,callee,startedAt,durationSeconds,charge\n";
    static final String AUDIT_HEADER = "recordId,subscriber,callee,startedAt,endedAt,charge\n";
    /** What "in time" means for a liveness check or another operator's read on a shared, loaded machine. */
    static final long IN_TIME_MILLIS = 5_000;
    static final RestAssuredConfig SHORT = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 2_000).setParam("http.socket.timeout", (int) IN_TIME_MILLIS));

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String regulator() {
        return Tokens.user("regulator");
    }

    private static String alpha() {
        return Tokens.user("alpha");
    }

    private static String alphaSystem() {
        return Tokens.system("alpha-system", "alpha-system-secret");
    }

    /**
     * The service is live, and beta's list of its own campaigns (another operator, a normal request) answers 200 in
     * time: the hostile request before cost its sender only.
     */
    private static void stillServing(String service, String collection) {
        long started = System.nanoTime();
        given().config(SHORT).get(service + "/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        as(Tokens.user("beta")).config(SHORT).get(service + collection).then().statusCode(200);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < IN_TIME_MILLIS, "liveness and beta's list took " + millis + " ms on " + service);
    }

    private static String voiceBody(String operatorId, String from, String to) {
        return "{\"operatorId\":\"" + operatorId + "\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\",\"periodStart\":\""
                + from + "\",\"periodEnd\":\"" + to + "\"}";
    }

    private static String coverageBody(String operatorId, String from, String to) {
        return "{\"operatorId\":\"" + operatorId + "\",\"areaCode\":\"HN\",\"periodStart\":\"" + from
                + "\",\"periodEnd\":\"" + to + "\",\"thresholdDbm\":-85}";
    }

    private static String billingBody(String operatorId, String from, String to) {
        return "{\"operatorId\":\"" + operatorId + "\",\"periodStart\":\"" + from + "\",\"periodEnd\":\"" + to + "\"}";
    }

    private static Response create(String token, String url, String body) {
        return as(token).contentType(ContentType.JSON).body(body).post(url);
    }

    private static String created(String token, String url, String body, String role) {
        return create(token, url, body).then().statusCode(201).contentType(ContentType.JSON)
                .body("createdByRole", equalTo(role)).extract().path("id");
    }

    private static Response csv(String token, String url, String body) {
        return as(token).contentType("text/csv").body(body).post(url);
    }

    private static void nothingStored(String url) {
        as(regulator()).get(url + "/batches").then().statusCode(200).header("X-Total-Count", "0");
    }

    // ------------------------------------------------------------------ periods of at most 366 days

    @Test
    void aPeriodOfMoreThan366DaysIs400NamingTheFieldOnEveryFamily() {
        record Family(String service, String collection, String path, String absurd, String tooLong) {
        }
        List<Family> families = List.of(
                new Family(VOICE, VOICE_CAMPAIGNS, VOICE_CAMPAIGNS, voiceBody("ALPHA", "0001-01-01", "9999-12-31"),
                        voiceBody("ALPHA", "2026-01-01", "2027-01-02")),
                new Family(COVERAGE, COVERAGE_CAMPAIGNS, COVERAGE_CAMPAIGNS,
                        coverageBody("ALPHA", "0001-01-01", "9999-12-31"), coverageBody("ALPHA", "2026-01-01", "2027-01-02")),
                new Family(BILLING, BILLING_CAMPAIGNS, BILLING_CAMPAIGNS,
                        billingBody("ALPHA", "0001-01-01", "9999-12-31"), billingBody("ALPHA", "2026-01-01", "2027-01-02")),
                new Family(BILLING, BILLING_CAMPAIGNS, AUDITS, billingBody("ALPHA", "0001-01-01", "9999-12-31"),
                        billingBody("ALPHA", "2026-01-01", "2027-01-02")));
        for (Family f : families) {
            for (String base : List.of(f.service(), GATEWAY)) {
                long started = System.nanoTime();
                create(regulator(), base + f.path(), f.absurd()).then().statusCode(400).contentType(PROBLEM)
                        .body("type", equalTo(PROBLEMS + "invalid-request"))
                        .body("errors.field", hasItems("periodStart", "periodEnd"));
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertTrue(millis < IN_TIME_MILLIS, f.path() + " took " + millis + " ms to refuse an absurd period");
                stillServing(f.service(), f.collection());
                create(alpha(), base + f.path(), f.tooLong()).then().statusCode(400).contentType(PROBLEM)
                        .body("type", equalTo(PROBLEMS + "invalid-request"))
                        .body("errors", hasSize(1))
                        .body("errors[0].field", equalTo("periodEnd"))
                        .body("errors[0].message", containsString("spans 367 days; at most 366"));
                stillServing(f.service(), f.collection());
            }
        }
        // 366 days (2026-01-01 to 2027-01-01) is a period
        created(alpha(), BILLING + AUDITS, billingBody("ALPHA", "2026-01-01", "2027-01-01"), "OPERATOR");
    }

    // ------------------------------------------------------------------ rows inside their period

    @Test
    void rowsDatedOutsideTheirPeriodAre400NamingRowAndFieldAndStoreNothing() {
        String system = alphaSystem();
        String voice = created(system, VOICE + VOICE_CAMPAIGNS, voiceBody("ALPHA", "2026-07-01", "2026-09-30"),
                "OPERATOR");
        csv(system, VOICE + VOICE_CAMPAIGNS + "/" + voice + "/samples", VOICE_HEADER
                + "V1,2026-07-15T10:00:00+07:00,3.5,10,true\n"
                + "V2,+10000-01-01T00:00:00Z,3.5,10,true\n"
                + "V3,2026-10-01T00:00:00+07:00,3.5,10,true\n")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors.field", equalTo(List.of("startedAt", "startedAt")));
        nothingStored(VOICE + VOICE_CAMPAIGNS + "/" + voice);
        stillServing(VOICE, VOICE_CAMPAIGNS);

        String coverage = created(system, COVERAGE + COVERAGE_CAMPAIGNS,
                coverageBody("ALPHA", "2026-07-01", "2026-09-30"), "OPERATOR");
        csv(system, COVERAGE + COVERAGE_CAMPAIGNS + "/" + coverage + "/samples", COVERAGE_HEADER
                + "-5000-01-01T00:00:00Z,21.0285,105.8542,-80,10,S1,true\n")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("errors[0].row", equalTo(1))
                .body("errors[0].field", equalTo("at"));
        nothingStored(COVERAGE + COVERAGE_CAMPAIGNS + "/" + coverage);
        stillServing(COVERAGE, COVERAGE_CAMPAIGNS);

        String billing = created(system, BILLING + BILLING_CAMPAIGNS, billingBody("ALPHA", "2026-07-01", "2026-09-30"),
                "OPERATOR");
        String calls = BILLING + BILLING_CAMPAIGNS + "/" + billing + "/test-calls";
        csv(system, calls, CALLS_HEADER
                + "C1,0243000001,0912000001,ON_NET,2026-06-30T00:00:00+07:00,120\n"
                + "C2,0243000001,0912000002,ON_NET,2026-06-29T23:59:59+07:00,120\n"
                + "C3,0243000001,0912000003,ON_NET,9999-12-31T23:59:59Z,120\n")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors.field", equalTo(List.of("startedAt", "startedAt")))
                .body("errors[0].message", containsString("give or take 1 day"));
        stillServing(BILLING, BILLING_CAMPAIGNS);
        csv(system, BILLING + BILLING_CAMPAIGNS + "/" + billing + "/charging-records", RECORDS_HEADER
                + "R1,0243000001,0912000001,2026-10-02T00:00:00+07:00,120,800\n")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("errors[0].row", equalTo(1))
                .body("errors[0].field", equalTo("startedAt"));
        nothingStored(BILLING + BILLING_CAMPAIGNS + "/" + billing);
        stillServing(BILLING, BILLING_CAMPAIGNS);
        // a day of clock skew either side is accepted
        csv(system, calls, CALLS_HEADER + "C1,0243000001,0912000001,ON_NET,2026-06-30T00:00:00+07:00,120\n"
                + "C2,0243000001,0912000002,ON_NET,2026-10-01T23:59:59+07:00,120\n")
                .then().statusCode(200).body("accepted", equalTo(2));

        String audit = created(system, BILLING + AUDITS, billingBody("ALPHA", "2026-07-01", "2026-09-30"), "OPERATOR");
        csv(system, BILLING + AUDITS + "/" + audit + "/charging-records", AUDIT_HEADER
                + "A1,0243000001,0912000001,2026-09-30T23:50:00+07:00,2026-10-01T00:10:00+07:00,800\n"
                + "A2,0243000001,0912000001,2026-10-01T23:50:00+07:00,2026-10-02T00:10:00+07:00,800\n")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("errors.row", equalTo(List.of(2)))
                .body("errors.field", equalTo(List.of("endedAt")));
        csv(system, BILLING + AUDITS + "/" + audit + "/invoice-lines", AUDIT_HEADER
                + "A1,0243000001,0912000001,2025-07-01T10:00:00+07:00,2025-07-01T10:01:00+07:00,800\n")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.row", equalTo(List.of(1, 1)))
                .body("errors.field", equalTo(List.of("startedAt", "endedAt")));
        nothingStored(BILLING + AUDITS + "/" + audit);
        stillServing(BILLING, AUDITS);
    }

    // ------------------------------------------------------------------ who writes what

    @Test
    void createdByRoleIsShownInEveryViewOfEveryFamily() {
        String regulators = created(regulator(), GATEWAY + VOICE_CAMPAIGNS,
                voiceBody("ALPHA", "2026-07-01", "2026-09-30"), "REGULATOR");
        String own = created(alpha(), GATEWAY + VOICE_CAMPAIGNS, voiceBody("ALPHA", "2026-07-01", "2026-09-30"),
                "OPERATOR");
        as(alpha()).get(VOICE + VOICE_CAMPAIGNS + "/" + regulators).then().statusCode(200)
                .body("createdBy", equalTo("regulator")).body("createdByRole", equalTo("REGULATOR"));
        as(alpha()).queryParam("size", 1000).get(GATEWAY + VOICE_CAMPAIGNS).then().statusCode(200)
                .body("find { it.id == '" + regulators + "' }.createdByRole", equalTo("REGULATOR"))
                .body("find { it.id == '" + own + "' }.createdByRole", equalTo("OPERATOR"));
        created(regulator(), GATEWAY + COVERAGE_CAMPAIGNS, coverageBody("ALPHA", "2026-07-01", "2026-09-30"),
                "REGULATOR");
        created(alphaSystem(), GATEWAY + COVERAGE_CAMPAIGNS, coverageBody("ALPHA", "2026-07-01", "2026-09-30"),
                "OPERATOR");
        created(regulator(), GATEWAY + BILLING_CAMPAIGNS, billingBody("ALPHA", "2026-07-01", "2026-09-30"),
                "REGULATOR");
        String audit = created(regulator(), GATEWAY + AUDITS, billingBody("ALPHA", "2026-07-01", "2026-09-30"),
                "REGULATOR");
        as(alpha()).get(BILLING + AUDITS + "/" + audit).then().statusCode(200).body("createdByRole", equalTo("REGULATOR"));
    }

    @Test
    void anOperatorNeitherWritesTheRegulatorsMeasurementsNorClosesItsCampaigns() {
        String regulator = regulator();
        List<String> operators = List.of(alpha(), alphaSystem());

        String voice = created(regulator, VOICE + VOICE_CAMPAIGNS, voiceBody("ALPHA", "2026-07-01", "2026-09-30"),
                "REGULATOR");
        for (String operator : operators) {
            for (String base : List.of(VOICE, GATEWAY)) {
                csv(operator, base + VOICE_CAMPAIGNS + "/" + voice + "/samples",
                        VOICE_HEADER + "V1,2026-07-15T10:00:00+07:00,3.5,10,true\n")
                        .then().statusCode(403).contentType(PROBLEM)
                        .body("type", equalTo(PROBLEMS + "regulator-campaign"))
                        .body("status", equalTo(403));
                stillServing(VOICE, VOICE_CAMPAIGNS);
                as(operator).post(base + VOICE_CAMPAIGNS + "/" + voice + "/close").then().statusCode(403)
                        .contentType(PROBLEM).body("type", equalTo(PROBLEMS + "regulator-campaign"));
                stillServing(VOICE, VOICE_CAMPAIGNS);
            }
        }
        nothingStored(VOICE + VOICE_CAMPAIGNS + "/" + voice);
        csv(regulator, VOICE + VOICE_CAMPAIGNS + "/" + voice + "/samples",
                VOICE_HEADER + "V1,2026-07-15T10:00:00+07:00,3.5,10,true\n").then().statusCode(200);

        String coverage = created(regulator, COVERAGE + COVERAGE_CAMPAIGNS,
                coverageBody("ALPHA", "2026-07-01", "2026-09-30"), "REGULATOR");
        for (String operator : operators) {
            csv(operator, COVERAGE + COVERAGE_CAMPAIGNS + "/" + coverage + "/samples",
                    COVERAGE_HEADER + "2026-07-15T10:00:00+07:00,21.0285,105.8542,-80,10,S1,true\n")
                    .then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo(PROBLEMS + "regulator-campaign"));
            stillServing(COVERAGE, COVERAGE_CAMPAIGNS);
            as(operator).post(COVERAGE + COVERAGE_CAMPAIGNS + "/" + coverage + "/close").then().statusCode(403)
                    .contentType(PROBLEM).body("type", equalTo(PROBLEMS + "regulator-campaign"));
            stillServing(COVERAGE, COVERAGE_CAMPAIGNS);
        }
        nothingStored(COVERAGE + COVERAGE_CAMPAIGNS + "/" + coverage);

        // the test call campaign the issue tried: alpha neither uploads test calls into it nor closes it...
        String billing = created(regulator, BILLING + BILLING_CAMPAIGNS,
                billingBody("ALPHA", "2026-07-01", "2026-09-30"), "REGULATOR");
        String campaign = BILLING + BILLING_CAMPAIGNS + "/" + billing;
        for (String operator : operators) {
            csv(operator, campaign + "/test-calls",
                    CALLS_HEADER + "C1,0243000001,0912000001,ON_NET,2026-07-15T10:00:00+07:00,120\n")
                    .then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo(PROBLEMS + "regulator-campaign"))
                    .body("detail", containsString("only the regulator may upload its measurements"));
            stillServing(BILLING, BILLING_CAMPAIGNS);
            as(operator).post(campaign + "/close").then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo(PROBLEMS + "regulator-campaign"))
                    .body("detail", containsString("only the regulator may close it"));
            stillServing(BILLING, BILLING_CAMPAIGNS);
        }
        as(regulator).get(campaign).then().statusCode(200).body("status", equalTo("OPEN"));
        nothingStored(campaign);
        // ...but adds its charging records; the regulator uploads the test calls and closes it
        csv(alphaSystem(), campaign + "/charging-records",
                RECORDS_HEADER + "R1,0243000001,0912000001,2026-07-15T10:00:04+07:00,120,800\n")
                .then().statusCode(200).body("accepted", equalTo(1));
        csv(regulator, campaign + "/test-calls",
                CALLS_HEADER + "C1,0243000001,0912000001,ON_NET,2026-07-15T10:00:00+07:00,120\n")
                .then().statusCode(200).body("accepted", equalTo(1));
        as(regulator).post(campaign + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("regulator"));

        // the regulator's invoice audit: the operator adds its records and lines, the regulator closes it
        String audit = BILLING + AUDITS + "/" + created(regulator, BILLING + AUDITS,
                billingBody("ALPHA", "2026-07-01", "2026-09-30"), "REGULATOR");
        String row = AUDIT_HEADER + "A1,0243000001,0912000001,2026-07-15T10:00:00+07:00,2026-07-15T10:01:00+07:00,800\n";
        csv(alphaSystem(), audit + "/charging-records", row).then().statusCode(200);
        csv(alphaSystem(), audit + "/invoice-lines", row).then().statusCode(200);
        as(alpha()).post(audit + "/close").then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "regulator-campaign"))
                .body("detail", containsString("Invoice audit"));
        stillServing(BILLING, AUDITS);
        as(regulator).post(audit + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));

        // and in its own campaign an operator still does everything
        String own = created(alphaSystem(), BILLING + BILLING_CAMPAIGNS,
                billingBody("ALPHA", "2026-07-01", "2026-09-30"), "OPERATOR");
        csv(alphaSystem(), BILLING + BILLING_CAMPAIGNS + "/" + own + "/test-calls",
                CALLS_HEADER + "C" + UUID.randomUUID().toString().substring(0, 8)
                        + ",0243000001,0912000001,ON_NET,2026-07-15T10:00:00+07:00,120\n")
                .then().statusCode(200);
        as(alphaSystem()).post(BILLING + BILLING_CAMPAIGNS + "/" + own + "/close").then().statusCode(200);
        assertEquals("CLOSED", as(alpha()).get(BILLING + BILLING_CAMPAIGNS + "/" + own).then().statusCode(200)
                .extract().path("status"));
    }
}

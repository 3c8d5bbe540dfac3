package org.qos.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 14, the tenant-data edges, against the stack started by ./qos with real tokens: the regulator's subscriber
 * count stands over the operator's; operators' own dates at most 5 minutes ahead, the server's receipt time beside
 * them; CSV exports neutralize formulas; statements looked up without the number in the URL; the coverage map paged
 * and windowed. After each hostile request the service is still live and another operator's normal request answers
 * in time.
 */
class TenantDataEndToEndTest {

    private static final String GATEWAY = System.getProperty("qos.gateway.url", "http://127.0.0.1:8080");
    private static final String COMPLAINTS_SERVICE = System.getProperty("qos.complaints.url", "http://127.0.0.1:8084");
    private static final String BILLING_SERVICE = System.getProperty("qos.billing.url", "http://127.0.0.1:8083");
    private static final String COVERAGE_SERVICE = System.getProperty("qos.coverage.url", "http://127.0.0.1:8082");
    private static final String COMPLAINTS = GATEWAY + "/api/v1/complaints";
    private static final String AUDITS = GATEWAY + "/api/v1/billing/invoice-audits";
    private static final String SEARCH = GATEWAY + "/api/v1/billing/statements/search";
    private static final String COVERAGE = GATEWAY + "/api/v1/coverage/campaigns";
    private static final String PROBLEM = "application/problem+json";
    private static final String INVALID_REQUEST = "https://qos.example/problems/invalid-request";
    private static final String INVALID_ROWS = "https://qos.example/problems/invalid-rows";
    private static final ZoneOffset ZONE = ZoneOffset.ofHours(7);
    /** How long a normal request of another operator may take after a hostile one. */
    private static final long IN_TIME_MS = 5_000;
    private static final String AUDIT_HEADER = "recordId,subscriber,callee,startedAt,endedAt,charge\n";
    /** A subscriber number of this run only. */
    private static final String SUBSCRIBER = "0247" + String.format("%07d",
            Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));

    private static String alphaAudit;
    private static String alphaCoverage;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** The service answers its liveness probe, and beta's normal read answers in time. */
    private static void stillServing(String service, String betaRead) {
        given().get(service + "/q/health/live").then().statusCode(200).time(lessThan(IN_TIME_MS));
        as(Tokens.user("beta")).get(betaRead).then().statusCode(200).time(lessThan(IN_TIME_MS));
    }

    private static void complaintsServing() {
        stillServing(COMPLAINTS_SERVICE, COMPLAINTS + "?size=1");
    }

    private static void billingServing() {
        stillServing(BILLING_SERVICE, AUDITS + "?size=1");
    }

    private static void coverageServing() {
        stillServing(COVERAGE_SERVICE, COVERAGE + "?size=1");
    }

    @BeforeAll
    static void alphaHasAnAuditAndADriveTest() {
        String alpha = Tokens.user("alpha");
        alphaAudit = as(alpha).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}")
                .post(AUDITS).then().statusCode(201).extract().path("id");
        as(alpha).contentType("text/csv").body(AUDIT_HEADER
                + "\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\"," + SUBSCRIBER
                + ",@SUM(0912),2026-08-20T09:00:00+07:00,2026-08-20T09:02:00+07:00,1600\n"
                + "-cmd," + SUBSCRIBER + ",+84912000001,2026-08-21T09:00:00+07:00,2026-08-21T09:01:00+07:00,800\n"
                + "T3," + SUBSCRIBER + ",0912000003,2026-08-22T09:00:00+07:00,2026-08-22T09:01:00+07:00,800\n")
                .post(AUDITS + "/{id}/charging-records", alphaAudit).then().statusCode(200).body("accepted", equalTo(3));
        String area = "E2E-TD-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.user("regulator")).contentType("text/csv").body("streetId,name,lengthMeters\nS1,Hang Bai,880\n")
                .put(GATEWAY + "/api/v1/coverage/areas/" + area + "/streets").then().statusCode(200);
        alphaCoverage = as(alpha).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"" + area + "\",\"periodStart\":\"2026-07-01\","
                        + "\"periodEnd\":\"2026-09-30\",\"thresholdDbm\":-85,\"binMeters\":100}")
                .post(COVERAGE).then().statusCode(201).extract().path("id");
        String at = "2026-07-15T10:00:00+07:00";
        // two bins of 100 m far apart in Hanoi: the southern one first
        as(alpha).contentType("text/csv").body("at,lat,lon,signalDbm,speedKmh,streetId,outdoor\n"
                + at + ",21.02850,105.85420,-80,20,S1,true\n"
                + at + ",21.03000,105.86000,-95,10,S1,true\n")
                .post(COVERAGE + "/{id}/samples", alphaCoverage).then().statusCode(200);
    }

    @Test
    void theRegulatorsSubscriberCountStandsOverTheOperatorsLaterOneAndCountsAreBounded() {
        // a date of this run only, far ahead, so that no other period's count in force changes
        LocalDate asOf = LocalDate.of(2099, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 360));
        String alpha = Tokens.user("alpha");
        String body = "{\"operatorId\":\"ALPHA\",\"asOf\":\"" + asOf + "\",\"count\":";
        as(Tokens.user("regulator")).contentType(ContentType.JSON).body(body + "150000}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(201)
                .body("recordedByRole", equalTo("REGULATOR"));
        as(alpha).contentType(ContentType.JSON).body(body + "7}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(201)
                .body("recordedByRole", equalTo("OPERATOR")).body("count", equalTo(7));
        List<Integer> inForce = as(alpha).queryParam("operatorId", "ALPHA").queryParam("from", asOf.minusDays(90).toString())
                .queryParam("to", asOf.toString()).get(COMPLAINTS + "/compliance").then().statusCode(200)
                .extract().path("findAll { it.kpiId == 'complaints.rate' }.subscriberCount");
        assertEquals(List.of(150000), inForce);
        complaintsServing();

        for (String count : new String[] {"0", "-5", "1000000001"}) {
            as(alpha).contentType(ContentType.JSON).body(body + count + "}")
                    .post(COMPLAINTS + "/subscriber-counts").then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo(INVALID_REQUEST)).body("errors[0].field", equalTo("count"));
            complaintsServing();
        }
    }

    @Test
    void operatorsDatesAreAtMostFiveMinutesAheadAndTheServerRecordsItsOwnReceiptTime() {
        String alpha = Tokens.user("alpha");
        OffsetDateTime now = OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
        String complaint = "{\"operatorId\":\"ALPHA\",\"customerRef\":\"E2E-TD\",\"channel\":\"EMAIL\","
                + "\"category\":\"OTHER\",\"subject\":\"e2e\",\"receivedAt\":\"";
        as(alpha).contentType(ContentType.JSON).body(complaint + now.plusMinutes(10) + "\"}")
                .post(COMPLAINTS).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(INVALID_REQUEST)).body("errors[0].field", equalTo("receivedAt"))
                .body("errors[0].message", containsString("future"));
        complaintsServing();
        String id = as(alpha).contentType(ContentType.JSON).body(complaint + now.minusHours(1) + "\"}")
                .post(COMPLAINTS).then().statusCode(201).body("createdAt", notNullValue()).extract().path("id");

        as(alpha).contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"" + now.plusDays(3) + "\",\"written\":true,\"summary\":\"x\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(INVALID_REQUEST)).body("errors[0].field", equalTo("respondedAt"));
        complaintsServing();
        as(alpha).contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"" + now.plusMinutes(2) + "\",\"written\":true,\"summary\":\"answered\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("respondedAt", notNullValue())
                .body("responseRecordedAt", notNullValue())
                .body("contacts[0].recordedAt", notNullValue());

        String callId = "E2E-TD-" + UUID.randomUUID();
        as(alpha).contentType("text/csv")
                .body("callId,at,answeredAfterSeconds\n" + callId + "-1," + now.minusMinutes(1) + ",5\n"
                        + callId + "-2," + now.plusHours(1) + ",5\n")
                .post(COMPLAINTS + "/support-calls").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(INVALID_ROWS)).body("errors", hasSize(1))
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("at"));
        complaintsServing();
    }

    @Test
    void theStatementCsvShowsFormulasAsTextAndNumbersAsNumbers() {
        String csv = as(Tokens.user("alpha")).contentType(ContentType.JSON).accept("text/csv")
                .body("{\"subscriber\":\"" + SUBSCRIBER + "\",\"from\":\"2026-08-20\",\"to\":\"2026-08-21\"}")
                .post(SEARCH).then().statusCode(200).contentType(startsWith("text/csv")).header("X-Total-Count", "2")
                .extract().asString();
        assertEquals("recordId,calledNumber,date,startedAt,endedAt,charge,currency\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\",'@SUM(0912),2026-08-20,"
                + "2026-08-20T09:00+07:00,2026-08-20T09:02+07:00,1600,VND\r\n"
                + "'-cmd,+84912000001,2026-08-21,2026-08-21T09:00+07:00,2026-08-21T09:01+07:00,800,VND\r\n", csv);
        billingServing();
    }

    @Test
    void statementsAreFoundWithoutTheNumberInTheUrlAndTheGetIsDeprecated() {
        String alpha = Tokens.user("alpha");
        String search = "{\"subscriber\":\"" + SUBSCRIBER + "\",\"from\":\"2026-07-01\",\"to\":\"2026-09-30\"}";
        as(alpha).contentType(ContentType.JSON).body(search).post(SEARCH).then().statusCode(200)
                .header("X-Total-Count", "3").body("recordId[2]", equalTo("T3"));
        as(alpha).contentType(ContentType.JSON).queryParam("page", 1).queryParam("size", 2).body(search)
                .post(SEARCH).then().statusCode(200).header("X-Total-Count", "3").body("recordId", equalTo(List.of("T3")));
        // the deprecated GET answers the same
        as(alpha).queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get(GATEWAY + "/api/v1/billing/statements/{subscriber}", SUBSCRIBER).then().statusCode(200)
                .header("X-Total-Count", "3");
        given().accept(ContentType.JSON).get(GATEWAY + "/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/billing/statements/{subscriber}'.get.deprecated", equalTo(true))
                .body("paths.'/api/v1/billing/statements/search'.post.operationId", equalTo("searchBillingStatements"));

        as(Tokens.user("beta")).contentType(ContentType.JSON)
                .body(search.replace("}", ",\"operatorId\":\"ALPHA\"}")).post(SEARCH).then().statusCode(403)
                .contentType(PROBLEM);
        billingServing();
        as(alpha).contentType(ContentType.JSON)
                .body("{\"subscriber\":\"no digits\",\"from\":\"2026-07-01\",\"to\":\"2026-09-30\"}")
                .post(SEARCH).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(INVALID_REQUEST)).body("errors[0].field", equalTo("subscriber"));
        billingServing();
        as(alpha).contentType(ContentType.JSON).body("{\"subscriber\":\"" + SUBSCRIBER + "\",\"to\":\"2026-09-30\"}")
                .post(SEARCH).then().statusCode(400).body("errors[0].field", equalTo("from"));
        billingServing();
    }

    @Test
    void theCoverageMapIsPagedAndWindowed() {
        String alpha = Tokens.user("alpha");
        String map = COVERAGE + "/{id}/map";
        as(alpha).queryParam("size", 1).get(map, alphaCoverage).then().statusCode(200)
                .contentType("application/geo+json").header("X-Total-Count", "2")
                .body("type", equalTo("FeatureCollection")).body("features", hasSize(1))
                .body("features[0].properties.covered", equalTo(true));
        as(alpha).queryParam("page", 1).queryParam("size", 1).get(map, alphaCoverage).then().statusCode(200)
                .header("X-Total-Count", "2").body("features[0].properties.covered", equalTo(false));
        as(alpha).queryParam("bbox", "105.855,21.029,105.865,21.031").get(map, alphaCoverage).then().statusCode(200)
                .header("X-Total-Count", "1").body("features[0].properties.covered", equalTo(false));
        for (String bad : new String[] {"1,2,3", "105.9,21,105.8,21.1", "x,y,z,w", "0,95,1,96"}) {
            as(alpha).queryParam("bbox", bad).get(map, alphaCoverage).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo(INVALID_REQUEST)).body("errors[0].field", equalTo("bbox"));
            coverageServing();
        }
        as(alpha).queryParam("size", 5000).get(map, alphaCoverage).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        coverageServing();
        as(Tokens.user("beta")).get(map, alphaCoverage).then().statusCode(403);
    }
}

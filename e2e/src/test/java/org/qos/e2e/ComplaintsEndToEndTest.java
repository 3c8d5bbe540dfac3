package org.qos.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The complaints service as users meet it: started by ./qos against the real PostgreSQL, with real tokens from the
 * running Keycloak. The service's clock is the real one, so complaints are received "an hour ago".
 */
class ComplaintsEndToEndTest {

    private static final String SERVICE = System.getProperty("qos.complaints.url", "http://127.0.0.1:8084");
    private static final String COMPLAINTS = SERVICE + "/api/v1/complaints";
    private static final ZoneOffset ZONE = ZoneOffset.ofHours(7);

    private static String alphaComplaint;
    private static OffsetDateTime receivedAt;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String complaintJson(String operatorId, String channel, OffsetDateTime at) {
        return "{\"operatorId\":\"" + operatorId + "\",\"customerRef\":\"E2E-" + UUID.randomUUID() + "\",\"channel\":\""
                + channel + "\",\"category\":\"SERVICE_QUALITY\",\"receivedAt\":\"" + at + "\",\"subject\":\"e2e\"}";
    }

    @BeforeAll
    static void alphaHasAComplaint() {
        receivedAt = OffsetDateTime.now(ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        alphaComplaint = as(Tokens.user("alpha")).contentType(ContentType.JSON)
                .body(complaintJson("ALPHA", "EMAIL", receivedAt))
                .post(COMPLAINTS).then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("responseDueAt", equalTo(receivedAt.plusHours(48).toString()))
                .extract().path("id");
    }

    @Test
    void noTokenOrAForgedOneIs401() {
        given().get(COMPLAINTS).then().statusCode(401);
        given().contentType(ContentType.JSON).body(complaintJson("ALPHA", "FAX", receivedAt))
                .post(COMPLAINTS).then().statusCode(401);
        as(Tokens.withForgedSignature(Tokens.user("alpha"))).get(COMPLAINTS).then().statusCode(401);
        as(Tokens.withAlteredClaim(Tokens.user("beta"), "operator_id", "ALPHA"))
                .get(COMPLAINTS + "/{id}", alphaComplaint).then().statusCode(401);
    }

    @Test
    void betaGets403OnAlphasComplaintAndStoresNothing() {
        String beta = Tokens.user("beta");
        as(beta).get(COMPLAINTS + "/{id}", alphaComplaint).then().statusCode(403)
                .contentType("application/problem+json");
        as(beta).contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"" + receivedAt.plusMinutes(5) + "\",\"written\":true,\"summary\":\"x\"}")
                .post(COMPLAINTS + "/{id}/responses", alphaComplaint).then().statusCode(403);
        as(beta).queryParam("operatorId", "ALPHA").get(COMPLAINTS).then().statusCode(403);
        as(beta).queryParam("operatorId", "ALPHA").get(COMPLAINTS + "/alerts").then().statusCode(403);
        as(beta).contentType(ContentType.JSON).body(complaintJson("ALPHA", "WEB", receivedAt))
                .post(COMPLAINTS).then().statusCode(403);
        as(beta).get(COMPLAINTS).then().statusCode(200)
                .body("id", not(hasItem(alphaComplaint)))
                .body("operatorId", everyItem(equalTo("BETA")));
        as(Tokens.user("regulator")).get(COMPLAINTS + "/{id}", alphaComplaint).then().statusCode(200)
                .body("operatorId", equalTo("ALPHA"))
                .body("contacts.written", not(hasItem(true)));
    }

    @Test
    void aWrittenAnswerOnceAndACallBackAsAContact() {
        String alpha = Tokens.user("alpha");
        String id = as(alpha).contentType(ContentType.JSON).body(complaintJson("ALPHA", "PHONE", receivedAt))
                .post(COMPLAINTS).then().statusCode(201).extract().path("id");
        as(alpha).contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"" + receivedAt.plusMinutes(10) + "\",\"written\":false}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(200).body("status", equalTo("OPEN"));
        as(alpha).contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"" + receivedAt.plusMinutes(30) + "\",\"written\":true,\"summary\":\"fixed\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("onTime", equalTo(true));
        as(alpha).contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"" + receivedAt.plusMinutes(40) + "\",\"written\":true,\"summary\":\"again\"}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(409);
        as(alpha).contentType(ContentType.JSON)
                .body("{\"respondedAt\":\"" + receivedAt.minusSeconds(1) + "\",\"written\":false}")
                .post(COMPLAINTS + "/{id}/responses", id).then().statusCode(400)
                .body("errors[0].field", equalTo("respondedAt"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        as(Tokens.user("alpha")).contentType(ContentType.JSON).body(complaintJson("ALPHA", "PIGEON", receivedAt))
                .post(COMPLAINTS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
        as(Tokens.user("alpha")).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"asOf\":\"2026-09-30\",\"count\":-5}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(400)
                .body("errors[0].field", equalTo("count"));
    }

    @Test
    void anOperatorSystemUploadsItsSupportCalls() {
        String system = Tokens.system("alpha-system", "alpha-system-secret");
        String prefix = "E2E-" + UUID.randomUUID();
        String at = OffsetDateTime.now(ZONE).minusHours(2).truncatedTo(ChronoUnit.SECONDS).toString();
        as(system).contentType("text/csv")
                .body("callId,at,answeredAfterSeconds\n" + prefix + "-1," + at + ",30\n" + prefix + "-2," + at + ",\n")
                .post(COMPLAINTS + "/support-calls").then().statusCode(200)
                .body("accepted", equalTo(2)).body("batchId", notNullValue());
        as(system).contentType("text/csv").queryParam("operatorId", "BETA")
                .body("callId,at,answeredAfterSeconds\n" + prefix + "-3," + at + ",30\n")
                .post(COMPLAINTS + "/support-calls").then().statusCode(403);
    }

    @Test
    void complianceResultsPerOperator() {
        LocalDate today = LocalDate.now(ZONE);
        String from = today.minusMonths(3).toString();
        String to = today.toString();
        as(Tokens.user("alpha")).queryParam("from", from).queryParam("to", to)
                .get(COMPLAINTS + "/compliance").then().statusCode(200)
                .body("operatorId", everyItem(equalTo("ALPHA")))
                .body("kpiId", hasItems("complaints.response-48h", "complaints.rate", "support.availability"));
        as(Tokens.user("beta")).queryParam("operatorId", "ALPHA").queryParam("from", from).queryParam("to", to)
                .get(COMPLAINTS + "/compliance").then().statusCode(403);
        as(Tokens.user("regulator")).queryParam("from", from).queryParam("to", to)
                .get(COMPLAINTS + "/compliance").then().statusCode(200)
                .body("operatorId", hasItem("ALPHA"));
    }

    @Test
    void theRegulatorClosesAPeriodWhoseResultsAreFrozenAndWhichTakesNoMoreRows() {
        // an operator of its own, so that the period is new in every run
        String operator = "E2EP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String regulator = Tokens.user("regulator");
        as(regulator).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operator + "\",\"asOf\":\"2025-12-31\",\"count\":1000}")
                .post(COMPLAINTS + "/subscriber-counts").then().statusCode(201);
        as(regulator).contentType(ContentType.JSON)
                .body(complaintJson(operator, "LETTER", OffsetDateTime.parse("2026-01-10T10:00:00+07:00")))
                .post(COMPLAINTS).then().statusCode(201);
        String period = "{\"operatorId\":\"" + operator + "\",\"from\":\"2026-01-01\",\"to\":\"2026-03-31\"}";
        as(Tokens.user("alpha")).contentType(ContentType.JSON).body(period).post(COMPLAINTS + "/periods").then()
                .statusCode(403);
        as(regulator).contentType(ContentType.JSON).body(period).post(COMPLAINTS + "/periods").then().statusCode(201)
                .body("operatorId", equalTo(operator))
                .body("results.frozen", everyItem(equalTo(true)));
        as(regulator).queryParam("operatorId", operator).queryParam("from", "2026-01-01").queryParam("to", "2026-03-31")
                .get(COMPLAINTS + "/compliance").then().statusCode(200)
                .body("frozen", everyItem(equalTo(true)))
                .body("find { it.kpiId == 'complaints.rate' }.byChannel.LETTER", equalTo(1));
        as(regulator).contentType(ContentType.JSON).body(period).post(COMPLAINTS + "/periods").then().statusCode(409);
        as(regulator).contentType(ContentType.JSON)
                .body(complaintJson(operator, "EMAIL", OffsetDateTime.parse("2026-02-10T10:00:00+07:00")))
                .post(COMPLAINTS).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("receivedAt"));
        as(regulator).queryParam("operatorId", operator).get(COMPLAINTS + "/periods").then().statusCode(200)
                .header("X-Total-Count", "1");
        as(Tokens.user("alpha")).queryParam("operatorId", operator).get(COMPLAINTS + "/periods").then().statusCode(403);
    }

    @Test
    void thePurgeLogIsTheRegulators() {
        as(Tokens.user("regulator")).get(COMPLAINTS + "/purges").then().statusCode(200)
                .header("X-Total-Count", notNullValue());
        as(Tokens.user("alpha")).get(COMPLAINTS + "/purges").then().statusCode(403);
    }

    @Test
    void healthOpenApiAndMetricsAreOpen() {
        given().get(SERVICE + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get(SERVICE + "/q/openapi").then().statusCode(200).body(containsString("/api/v1/complaints/compliance"));
        // metrics: on the service's management port only
        given().get(System.getProperty("qos.complaints.management-url", "http://127.0.0.1:9084") + "/q/metrics")
                .then().statusCode(200).body(containsString("qos_complaints_overdue"));
        given().get(SERVICE + "/q/metrics").then().statusCode(404);
    }
}

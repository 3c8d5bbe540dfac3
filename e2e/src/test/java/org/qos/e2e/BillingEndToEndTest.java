package org.qos.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The billing service as users meet it: started by ./qos against the real PostgreSQL, with real tokens from the
 * running Keycloak. Test calls against charging records (clause 3.6), invoice audits and statements (3.7).
 */
class BillingEndToEndTest {

    private static final String BILLING = System.getProperty("qos.billing.url", "http://127.0.0.1:8083");
    private static final String CAMPAIGNS = BILLING + "/api/v1/billing/campaigns";
    private static final String AUDITS = BILLING + "/api/v1/billing/invoice-audits";
    private static final String STATEMENTS = BILLING + "/api/v1/billing/statements/{subscriber}";
    private static final String CALLS_HEADER = "callId,caller,callee,direction,startedAt,durationSeconds\n";
    private static final String RECORDS_HEADER = "recordId,caller,callee,startedAt,durationSeconds,charge\n";
    private static final String AUDIT_HEADER = "recordId,subscriber,callee,startedAt,endedAt,charge\n";

    private static String alphaCampaign;
    private static String alphaAudit;
    /** A subscriber number of this run only, so that earlier runs' records do not show in its statement. */
    private static final String SUBSCRIBER = "0249" + String.format("%07d",
            Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    @BeforeAll
    static void alphaHasACampaignAndAnAudit() {
        alphaCampaign = as(Tokens.user("alpha")).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}")
                .post(CAMPAIGNS).then().statusCode(201).extract().path("id");
        alphaAudit = as(Tokens.user("alpha")).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}")
                .post(AUDITS).then().statusCode(201).body("currency", equalTo("VND")).extract().path("id");
    }

    @Test
    void noTokenOrAForgedTokenIs401() {
        given().get(CAMPAIGNS).then().statusCode(401);
        given().contentType("text/csv").body(CALLS_HEADER)
                .post(CAMPAIGNS + "/{id}/test-calls", alphaCampaign).then().statusCode(401);
        as(Tokens.withAlteredClaim(Tokens.user("beta"), "operator_id", "ALPHA"))
                .get(CAMPAIGNS + "/{id}", alphaCampaign).then().statusCode(401);
    }

    @Test
    void anOperatorNeverTouchesAnotherOperatorsCampaignOrAudit() {
        String beta = Tokens.user("beta");
        as(beta).get(CAMPAIGNS + "/{id}", alphaCampaign).then().statusCode(403);
        as(beta).get(CAMPAIGNS + "/{id}/result", alphaCampaign).then().statusCode(403);
        as(beta).contentType("text/csv").body(RECORDS_HEADER + "B1,0243,0912,2026-08-15T09:00:00+07:00,60,800\n")
                .post(CAMPAIGNS + "/{id}/charging-records", alphaCampaign).then().statusCode(403);
        as(beta).get(AUDITS + "/{id}/result", alphaAudit).then().statusCode(403);
        as(beta).queryParam("operatorId", "ALPHA").get(CAMPAIGNS).then().statusCode(403);
        as(beta).queryParam("from", "2026-07-01").queryParam("to", "2026-09-30").queryParam("operatorId", "ALPHA")
                .get(STATEMENTS, SUBSCRIBER).then().statusCode(403);
        as(Tokens.system("beta-system", "beta-system-secret")).get(AUDITS + "/{id}", alphaAudit).then().statusCode(403);
    }

    @Test
    void reconciliationFindsEveryKindOfDiscrepancy() {
        String alpha = Tokens.system("alpha-system", "alpha-system-secret");
        String campaign = as(alpha).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}")
                .post(CAMPAIGNS).then().statusCode(201).extract().path("id");
        as(alpha).contentType("text/csv").body(CALLS_HEADER
                // the equipment logs milliseconds; the switch charges 121 s for 120.5 s, within the tolerance of 1 s
                + "OK,+84 24 3825 1234,0912 345 678,ON_NET,2026-08-15T09:00:00+07:00,120.5\n"
                + "DUR,0243000001,0912000001,OTHER_PHS,2026-08-15T09:10:00+07:00,100\n"
                + "NUM,0243000002,0912000002,PSTN,2026-08-15T09:20:00+07:00,200\n"
                + "NOT,0243000003,0912000003,MOBILE,2026-08-15T09:30:00+07:00,90\n")
                .post(CAMPAIGNS + "/{id}/test-calls", campaign).then().statusCode(200).body("accepted", equalTo(4));
        as(alpha).contentType("text/csv").body(RECORDS_HEADER
                + "R-OK,842438251234,0912345678,2026-08-15T09:00:04+07:00,121,1600\n"
                + "R-DUR,0243000001,0912000001,2026-08-15T09:10:03+07:00,110,1500\n"
                + "R-NUM,0243000002,0912999999,2026-08-15T09:20:02+07:00,199,2600\n"
                + "R-GHOST,0243000009,0912000009,2026-08-15T11:00:00+07:00,60,800\n")
                .post(CAMPAIGNS + "/{id}/charging-records", campaign).then().statusCode(200);
        as(alpha).get(CAMPAIGNS + "/{id}/result", campaign).then().statusCode(200)
                .body("kpiId", equalTo(List.of("billing.wrong-calls", "billing.wrong-time")))
                .body("[0].trials", equalTo(5)).body("[0].verdict", equalTo("INSUFFICIENT_DATA"))
                .body("[1].confidence", equalTo(null));
        as(alpha).get(CAMPAIGNS + "/{id}/discrepancies", campaign).then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("kind", equalTo(List.of("WRONG_DURATION", "WRONG_NUMBER", "NOT_CHARGED", "PHANTOM")));
        as(alpha).contentType("text/csv").body(RECORDS_HEADER + "R-X,0243,,2026-08-15T09:00:04+07:00,-1,1600\n")
                .post(CAMPAIGNS + "/{id}/charging-records", campaign).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("callee", "durationSeconds"));
    }

    @Test
    void anAuditPairsRecordsWithLinesAndTheStatementListsTheSubscribersCalls() {
        String alpha = Tokens.user("alpha");
        as(alpha).contentType("text/csv").body(AUDIT_HEADER
                + "A1," + SUBSCRIBER + ",0912000001,2026-08-20T09:00:00+07:00,2026-08-20T09:02:00+07:00,1600\n"
                + "A2," + SUBSCRIBER + ",0912000002,2026-08-21T09:00:00+07:00,2026-08-21T09:01:00+07:00,800\n")
                .post(AUDITS + "/{id}/charging-records", alphaAudit).then().statusCode(200);
        as(alpha).contentType("text/csv").body(AUDIT_HEADER
                + "A1," + SUBSCRIBER + ",0912000001,2026-08-20T09:00:00+07:00,2026-08-20T09:02:00+07:00,1600\n"
                + "A2," + SUBSCRIBER + ",0912000002,2026-08-21T09:00:00+07:00,2026-08-21T09:01:00+07:00,900\n")
                .post(AUDITS + "/{id}/invoice-lines", alphaAudit).then().statusCode(200);
        as(alpha).get(AUDITS + "/{id}/result", alphaAudit).then().statusCode(200)
                .body("kpiId", equalTo("billing.invoice-errors")).body("calls.total", equalTo(2))
                .body("calls.different", equalTo(1)).body("calls.wrongSubscriber", equalTo(0));
        as(alpha).queryParam("from", "2026-07-01").queryParam("to", "2026-09-30").get(STATEMENTS, SUBSCRIBER)
                .then().statusCode(200).header("X-Total-Count", "2").body("recordId", equalTo(List.of("A1", "A2")))
                .body("calledNumber", equalTo(List.of("0912000001", "0912000002")));
        as(alpha).accept("text/csv").queryParam("from", "2026-08-21").queryParam("to", "2026-08-21")
                .get(STATEMENTS, SUBSCRIBER).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("X-Total-Count", "1");
        as(Tokens.user("beta")).queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get(STATEMENTS, SUBSCRIBER).then().statusCode(200).body("", hasSize(0));
        as(Tokens.user("regulator")).queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get(STATEMENTS, SUBSCRIBER).then().statusCode(200).body("currency", everyItem(equalTo("VND")));
    }

    @Test
    void theRegulatorListsEveryOperatorsResults() {
        as(Tokens.user("regulator")).queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get(BILLING + "/api/v1/billing/compliance").then().statusCode(200)
                .body("kpiId", hasItems("billing.wrong-calls", "billing.wrong-time", "billing.invoice-errors"))
                .body("verdict", everyItem(notNullValue()));
    }
}

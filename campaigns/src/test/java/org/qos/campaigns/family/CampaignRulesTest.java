package org.qos.campaigns.family;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The rules of issue 14 as the shared lifecycle applies them to every family (here the test family, against the real
 * PostgreSQL): a period of at most 366 days; rows dated outside their campaign's period (give or take a day) are
 * invalid rows naming row and field, and the batch stores nothing; createdByRole, and in a campaign the regulator
 * created, measurements and closing reserved to the regulator while the operator still adds its own records.
 */
@QuarkusTest
class CampaignRulesTest {

    static final String CAMPAIGNS = CampaignLifecycleTest.CAMPAIGNS;
    static final String CSV = CampaignLifecycleTest.CSV;
    static final String PROBLEM = CampaignLifecycleTest.PROBLEM;
    static final String PROBLEMS = CampaignLifecycleTest.PROBLEMS;

    static Response create(String operatorId, String periodStart, String periodEnd) {
        return given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"label\":\"L\",\"periodStart\":\"" + periodStart
                        + "\",\"periodEnd\":\"" + periodEnd + "\"}")
                .post(CAMPAIGNS);
    }

    static String rows(String... measuredAt) {
        StringBuilder csv = new StringBuilder(TestData.CSV_HEADER);
        for (int i = 0; i < measuredAt.length; i++) {
            csv.append("T").append(i).append(',').append(measuredAt[i]).append(",50,true\n");
        }
        return csv.toString();
    }

    // --- the period: at most 366 days -------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aPeriodSpansAtMost366Days() {
        create("ALPHA", "2028-01-01", "2028-12-31").then().statusCode(201); // a leap year
        create("ALPHA", "2026-07-01", "2027-07-01").then().statusCode(201); // 366 days
        create("ALPHA", "2026-07-01", "2027-07-02").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("periodEnd"))
                .body("errors[0].message", containsString("spans 367 days; at most 366"));
        long before = given().queryParam("operatorId", "ABSURD").get(CAMPAIGNS).then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        create("ABSURD", "0001-01-01", "9999-12-31").then().statusCode(400)
                .body("errors.field", hasItem("periodStart"))
                .body("errors.field", hasItem("periodEnd"));
        create("ABSURD", "2026-01-01", "2999-12-31").then().statusCode(400)
                .body("errors[0].field", equalTo("periodEnd"));
        given().queryParam("operatorId", "ABSURD").get(CAMPAIGNS).then().statusCode(200)
                .body("$", hasSize((int) before));
        // query windows are not bounded by this
        given().queryParam("from", "2000-01-01").queryParam("to", "2099-12-31").get(CAMPAIGNS).then().statusCode(200);
    }

    // --- rows inside the period, give or take a day -----------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void rowsDatedOutsideThePeriodGiveOrTakeADayAreInvalidAndNothingIsStored() {
        String id = create("ALPHA", "2026-07-01", "2026-09-30").then().statusCode(201).extract().path("id");
        // the period is 2026-07-01T00:00+07:00 to 2026-10-01T00:00+07:00; a day of clock skew on either side
        CampaignLifecycleTest.upload(id, CSV, rows("2026-06-30T00:00:00+07:00", "2026-06-29T17:00:00Z",
                "2026-10-01T23:59:59+07:00", "2026-10-01T16:59:59.999Z", "2026-08-15T12:00:00+07:00"))
                .then().statusCode(200).body("accepted", equalTo(5));
        CampaignLifecycleTest.upload(id, CSV, rows("2026-08-01T08:00:00+07:00", "2026-06-29T23:59:59+07:00",
                "2026-08-01T08:00:00+07:00", "2026-10-02T00:00:00+07:00", "0001-01-01T00:00:00Z"))
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("detail", containsString("3 of 5 rows are invalid"))
                .body("errors", hasSize(3))
                .body("errors.row", equalTo(List.of(2, 4, 5)))
                .body("errors.field", everyItem(equalTo("measuredAt")))
                .body("errors[0].message", containsString("2026-07-01 to 2026-09-30 (+07:00), give or take 1 day"));
        String json = "[{\"rowId\":\"J1\",\"measuredAt\":\"2027-01-01T00:00:00+07:00\",\"score\":1,\"ok\":true}]";
        CampaignLifecycleTest.upload(id, ContentType.JSON.toString(), json).then().statusCode(400)
                .body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("measuredAt"));
        assertEquals(5, TestData.rowCount(id), "the refused batches stored nothing");
        assertEquals(1, TestData.batchCount(id));
        // the operator's own records are checked the same way
        CampaignLifecycleTest.upload(id, CSV, rows("2026-12-24T08:00:00+07:00")).then().statusCode(400);
        given().contentType(CSV).body(rows("2026-12-24T08:00:00+07:00")).post(CAMPAIGNS + "/{id}/records", id)
                .then().statusCode(400).body("errors[0].field", equalTo("measuredAt"));
        assertEquals(5, TestData.rowCount(id));
    }

    // --- createdByRole and the regulator's campaigns ----------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void createdByRoleIsShownInEveryView() {
        String id = create("ALPHA", "2026-07-01", "2026-09-30").then().statusCode(201)
                .body("createdBy", equalTo("regulator"))
                .body("createdByRole", equalTo("REGULATOR"))
                .extract().path("id");
        given().get(CAMPAIGNS + "/{id}", id).then().statusCode(200).body("createdByRole", equalTo("REGULATOR"));
        given().queryParam("operatorId", "ALPHA").queryParam("size", 1000).get(CAMPAIGNS).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.createdByRole", equalTo("REGULATOR"));
        // a row created before the column is an operator's
        String older = TestData.insertCampaign("ALPHA");
        given().get(CAMPAIGNS + "/{id}", older).then().statusCode(200).body("createdByRole", equalTo("OPERATOR"));
        // the regulator uploads and closes its campaign
        CampaignLifecycleTest.upload(id, CSV, rows("2026-07-02T08:00:00+07:00")).then().statusCode(200);
        given().post(CAMPAIGNS + "/{id}/close", id).then().statusCode(200).body("createdByRole", equalTo("REGULATOR"))
                .body("status", equalTo("CLOSED"));
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void inTheRegulatorsCampaignTheOperatorAddsOnlyItsOwnRecordsAndMayNotClose() {
        String own = create("ALPHA", "2026-07-01", "2026-09-30").then().statusCode(201)
                .body("createdByRole", equalTo("OPERATOR")).extract().path("id");
        String regulators = TestData.insertRegulatorsCampaign("ALPHA");
        given().get(CAMPAIGNS + "/{id}", regulators).then().statusCode(200).body("createdByRole", equalTo("REGULATOR"));

        CampaignLifecycleTest.upload(regulators, CSV, rows("2026-07-02T08:00:00+07:00")).then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "regulator-campaign"))
                .body("status", equalTo(403))
                .body("detail", containsString("only the regulator may upload its measurements"));
        given().contentType(CSV).queryParam("dryRun", "true").body(rows("2026-07-02T08:00:00+07:00"))
                .post(CAMPAIGNS + "/{id}/rows", regulators).then().statusCode(403);
        given().post(CAMPAIGNS + "/{id}/close", regulators).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "regulator-campaign"))
                .body("detail", containsString("only the regulator may close it"));
        assertEquals(0, TestData.rowCount(regulators));
        assertEquals(0, TestData.batchCount(regulators));
        given().get(CAMPAIGNS + "/{id}", regulators).then().body("status", equalTo("OPEN"));

        // its own records it may add
        given().contentType(CSV).body(rows("2026-07-02T08:00:00+07:00", "2026-09-30T23:00:00+07:00"))
                .post(CAMPAIGNS + "/{id}/records", regulators).then().statusCode(200).body("accepted", equalTo(2));
        assertEquals(2, TestData.rowCount(regulators));

        // in its own campaign it does everything
        CampaignLifecycleTest.upload(own, CSV, rows("2026-07-02T08:00:00+07:00")).then().statusCode(200);
        given().contentType(CSV).body(rows("2026-07-03T08:00:00+07:00").replace("T0,", "R0,"))
                .post(CAMPAIGNS + "/{id}/records", own).then().statusCode(200);
        given().post(CAMPAIGNS + "/{id}/close", own).then().statusCode(200).body("status", equalTo("CLOSED"));
    }
}

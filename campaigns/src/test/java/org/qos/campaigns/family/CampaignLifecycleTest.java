package org.qos.campaigns.family;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The shared lifecycle and ingestion as a family uses them (the test family of this package), over HTTP against
 * the real local PostgreSQL (database qos_test, schema lifecycle_test): tenancy, paging and query values, uploads
 * all or nothing, dry runs, idempotency, repeated row ids, closing and what it freezes.
 */
@QuarkusTest
class CampaignLifecycleTest {

    @Inject
    TestClock clock;

    static final String CAMPAIGNS = "/api/v1/test/campaigns";
    static final String CSV = "text/csv";
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEMS = "https://qos.example/problems/";

    static String create(String operatorId) {
        return given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"" + operatorId + "\",\"label\":\"L\",\"periodStart\":\"2026-07-01\","
                        + "\"periodEnd\":\"2026-09-30\"}")
                .post(CAMPAIGNS)
                .then().statusCode(201)
                .header("Location", containsString(CAMPAIGNS + "/"))
                .body("status", equalTo("OPEN"))
                .extract().path("id");
    }

    static Response upload(String id, String contentType, String body) {
        return given().contentType(contentType).body(body).post(CAMPAIGNS + "/{id}/rows", id);
    }

    static Response result(String id) {
        Response result = given().get(CAMPAIGNS + "/{id}/result", id);
        result.then().statusCode(200);
        return result;
    }

    static int sampleTotal(String id) {
        return result(id).path("sample.total");
    }

    // --- create and get: tenancy -------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void anOperatorCreatesAndReadsItsOwnCampaignsOnly() {
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"BETA\",\"label\":\"L\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}")
                .post(CAMPAIGNS)
                .then().statusCode(403).contentType(PROBLEM).body("type", equalTo(PROBLEMS + "forbidden"));

        String own = create("ALPHA");
        given().get(CAMPAIGNS + "/{id}", own).then().statusCode(200)
                .body("id", equalTo(own))
                .body("operatorId", equalTo("ALPHA"))
                .body("label", equalTo("L"))
                .body("createdBy", equalTo("alpha"))
                .body("closedAt", nullValue());

        String beta = TestData.insertCampaign("BETA");
        given().get(CAMPAIGNS + "/{id}", beta).then().statusCode(403).contentType(PROBLEM);
        given().get(CAMPAIGNS + "/{id}/result", beta).then().statusCode(403);
        given().get(CAMPAIGNS + "/{id}/batches", beta).then().statusCode(403);
        upload(beta, CSV, TestData.csv("B", 2)).then().statusCode(403);
        given().post(CAMPAIGNS + "/{id}/close", beta).then().statusCode(403);
        assertEquals(0, TestData.rowCount(beta));
        assertEquals(0, TestData.batchCount(beta));
        given().get(CAMPAIGNS + "/{id}", beta).then().statusCode(403); // still open: the refused close left it alone

        given().queryParam("operatorId", "BETA").get(CAMPAIGNS).then().statusCode(403);
        given().get(CAMPAIGNS).then().statusCode(200)
                .body("id", hasItem(own))
                .body("operatorId", everyItem(equalTo("ALPHA")));
        given().get(CAMPAIGNS + "/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theRegulatorCreatesAndReadsAnyOperatorsCampaigns() {
        String gamma = create("GAMMA");
        String other = TestData.insertCampaign("DELTA");
        given().get(CAMPAIGNS + "/{id}", gamma).then().statusCode(200).body("operatorId", equalTo("GAMMA"))
                .body("createdBy", equalTo("regulator"));
        given().get(CAMPAIGNS + "/{id}", other).then().statusCode(200).body("operatorId", equalTo("DELTA"));
        given().get(CAMPAIGNS).then().statusCode(200).body("id", hasItem(gamma)).body("id", hasItem(other));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aNewCampaignIsCheckedFieldByField() {
        given().contentType(ContentType.JSON)
                .body("{\"operatorId\":\"alpha\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-06-30\"}")
                .post(CAMPAIGNS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("errors.field", hasItem("operatorId"))
                .body("errors.field", hasItem("periodEnd"))
                .body("errors.field", hasItem("label"))
                .body("errors", hasSize(3));
        given().contentType(ContentType.JSON).body("{\"operatorId\":\"ALPHA\",\"label\":\"L\"}").post(CAMPAIGNS)
                .then().statusCode(400)
                .body("errors.field", hasItem("periodStart"))
                .body("errors.field", hasItem("periodEnd"));
    }

    // --- list: paging and query values ---------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "ALPHA"))
    void aRequestWithTwoAuthorizationHeadersIs400BeforeEitherIsRead() {
        given().header("Authorization", "Bearer first").header("Authorization", "Bearer second").get(CAMPAIGNS)
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("detail", containsString("one Authorization header"));
        given().header("Authorization", "Bearer only").get(CAMPAIGNS).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aCompressedBodyIs415BeforeItIsReadAndStoresNothing() throws Exception {
        String id = create("ALPHA");
        java.io.ByteArrayOutputStream gzipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(gzipped)) {
            gzip.write(TestData.csv("G", 3).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        given().header("Content-Encoding", "gzip").contentType(CSV).body(gzipped.toByteArray())
                .post(CAMPAIGNS + "/{id}/rows", id).then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"))
                .body("detail", containsString("Content-Encoding 'gzip'"));
        given().header("Content-Encoding", "identity, br").contentType(CSV).body(TestData.csv("G", 3))
                .post(CAMPAIGNS + "/{id}/rows", id).then().statusCode(415);
        assertEquals(0, TestData.rowCount(id));
        given().header("Content-Encoding", "identity").contentType(CSV).body(TestData.csv("G", 3))
                .post(CAMPAIGNS + "/{id}/rows", id).then().statusCode(200).body("accepted", equalTo(3));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void newCampaignsHaveTimeOrderedIdsSoThatTheirRowsAppendToThePrimaryKey() {
        List<String> ids = List.of(create("ORDERED"), create("ORDERED"), create("ORDERED"));
        for (String id : ids) {
            assertEquals(7, java.util.UUID.fromString(id).version(), id);
            assertEquals(2, java.util.UUID.fromString(id).variant(), id);
        }
        // PostgreSQL orders uuids by their bytes, as their hex text sorts
        assertEquals(ids, ids.stream().sorted().toList());
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void listsArePagedNewestFirstWithTheirTotal() {
        // the clock is the test-jar's, fixed: each campaign is created a minute after the one before
        String first = create("PAGING");
        clock.set(TestClock.DEFAULT_NOW.plusMinutes(1));
        String second = create("PAGING");
        clock.set(TestClock.DEFAULT_NOW.plusMinutes(2));
        String third = create("PAGING");
        clock.reset();
        given().queryParam("operatorId", "PAGING").queryParam("size", 2).get(CAMPAIGNS)
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("id", equalTo(List.of(third, second)));
        given().queryParam("operatorId", "PAGING").queryParam("size", 2).queryParam("page", 1).get(CAMPAIGNS)
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("id", equalTo(List.of(first)));
        given().queryParam("operatorId", "PAGING").queryParam("from", "2026-07-02").get(CAMPAIGNS)
                .then().statusCode(200).header("X-Total-Count", "0").body("$", hasSize(0));
        given().queryParam("operatorId", "PAGING").queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get(CAMPAIGNS).then().statusCode(200).header("X-Total-Count", "3");
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aMalformedQueryValueIs400NamingTheParameter() {
        String id = create("QUERY");
        assertNamed(given().queryParam("page", "abc").get(CAMPAIGNS), "page");
        assertNamed(given().queryParam("size", "1.5").get(CAMPAIGNS), "size");
        assertNamed(given().queryParam("size", "0").get(CAMPAIGNS), "size");
        assertNamed(given().queryParam("page", "-1").get(CAMPAIGNS), "page");
        assertNamed(given().queryParam("from", "yesterday").get(CAMPAIGNS), "from");
        assertNamed(given().queryParam("to", "2026-13-01").get(CAMPAIGNS), "to");
        assertNamed(given().queryParam("from", "2026-09-30").queryParam("to", "2026-07-01").get(CAMPAIGNS), "to");
        assertNamed(given().queryParam("operatorId", "lower").get(CAMPAIGNS), "operatorId");
        assertNamed(given().queryParam("page", "x").get(CAMPAIGNS + "/{id}/batches", id), "page");
        assertNamed(given().queryParam("dryRun", "maybe").contentType(CSV).body(TestData.csv("Q", 1))
                .post(CAMPAIGNS + "/{id}/rows", id), "dryRun");
        assertNamed(given().queryParam("from", "yesterday").get("/api/v1/test/compliance"), "from");
        assertEquals(0, TestData.rowCount(id));
    }

    private static void assertNamed(Response response, String parameter) {
        response.then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("errors[0].field", equalTo(parameter));
    }

    // --- uploads: all or nothing -----------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void csvRowsAreStoredAndTheBatchLogged() {
        String id = create("ALPHA");
        String body = TestData.csv("C", 5);
        upload(id, CSV, body).then().statusCode(200)
                .body("accepted", equalTo(5))
                .body("batchId", notNullValue())
                .body("dryRun", nullValue());
        assertEquals(5, TestData.rowCount(id));
        given().get(CAMPAIGNS + "/{id}/batches", id).then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("[0].rows", equalTo(5))
                .body("[0].mediaType", equalTo(CSV))
                .body("[0].sha256", equalTo(TestData.sha256(body)))
                .body("[0].uploadedBy", equalTo("regulator"))
                .body("[0].campaignId", equalTo(id));
        // rows 0, 2, 4 are ok: 3 of 5
        Response result = result(id);
        assertEquals(5, (int) result.path("sample.total"));
        assertEquals(0.6, result.jsonPath().getDouble("value"), 1e-9);
        assertEquals("PASS", result.path("verdict"));
        assertEquals(id, result.path("campaignId"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void jsonRowsAreStored() {
        String id = create("ALPHA");
        upload(id, ContentType.JSON.toString(), TestData.json("J", 4)).then().statusCode(200).body("accepted", equalTo(4));
        assertEquals(4, TestData.rowCount(id));
        given().get(CAMPAIGNS + "/{id}/batches", id).then().body("[0].mediaType", equalTo("application/json"));
        assertEquals(4, sampleTotal(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aBadCsvRowIs400NamingRowAndFieldAndNothingIsStored() {
        String id = create("ALPHA");
        String body = TestData.CSV_HEADER
                + TestData.csvRow("C", 0)
                + "C1,2026-07-01T08:00:00+07:00,100.5,true\n"
                + TestData.csvRow("C", 2);
        upload(id, CSV, body).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("detail", containsString("1 of 3 rows are invalid"))
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("score"));
        assertEquals(0, TestData.rowCount(id));
        assertEquals(0, TestData.batchCount(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aBadJsonRowIs400NamingRowAndFieldAndNothingIsStored() {
        String json = TestData.json("J", 3);
        String bad = json.replace("{\"rowId\":\"J2\",\"measuredAt\":\"2026-07-01T08:00:00Z\"",
                "{\"rowId\":\"J2\",\"measuredAt\":\"2026-07-01 08:00\"");
        assertNotEquals(json, bad);
        String id = create("ALPHA");
        upload(id, ContentType.JSON.toString(), bad).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("errors[0].row", equalTo(3))
                .body("errors[0].field", equalTo("measuredAt"));
        assertEquals(0, TestData.rowCount(id));
        assertEquals(0, TestData.batchCount(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anUploadToAnUnknownCampaignIs404() {
        upload(UUID.randomUUID().toString(), CSV, TestData.csv("U", 1)).then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    // --- dryRun ----------------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aDryRunStoresNothing() {
        String id = create("ALPHA");
        given().queryParam("dryRun", "true").contentType(CSV).body(TestData.csv("D", 7))
                .post(CAMPAIGNS + "/{id}/rows", id)
                .then().statusCode(200)
                .body("accepted", equalTo(7))
                .body("dryRun", equalTo(true))
                .body("batchId", nullValue());
        assertEquals(0, TestData.rowCount(id));
        assertEquals(0, TestData.batchCount(id));
        given().get(CAMPAIGNS + "/{id}/batches", id).then().header("X-Total-Count", "0");
        // a dry run checks as much as a real upload: a bad row is still 400
        given().queryParam("dryRun", "true").contentType(CSV).body(TestData.CSV_HEADER + "D1,now,1,true\n")
                .post(CAMPAIGNS + "/{id}/rows", id)
                .then().statusCode(400).body("errors[0].field", equalTo("measuredAt"));
        // and the same rows then store as if the dry run never happened
        upload(id, CSV, TestData.csv("D", 7)).then().statusCode(200).body("accepted", equalTo(7));
        assertEquals(7, TestData.rowCount(id));
    }

    // --- Idempotency-Key -------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anIdempotencyKeyResentWithTheSameBodyAnswersTheFirstReceiptAndStoresNothingMore() {
        String id = create("ALPHA");
        String body = TestData.csv("K", 6);
        String batchId = given().header("Idempotency-Key", "key-1").contentType(CSV).body(body)
                .post(CAMPAIGNS + "/{id}/rows", id)
                .then().statusCode(200).body("accepted", equalTo(6)).extract().path("batchId");
        given().header("Idempotency-Key", "key-1").contentType(CSV).body(body)
                .post(CAMPAIGNS + "/{id}/rows", id)
                .then().statusCode(200).body("accepted", equalTo(6)).body("batchId", equalTo(batchId));
        assertEquals(6, TestData.rowCount(id));
        assertEquals(1, TestData.batchCount(id));

        given().header("Idempotency-Key", "key-1").contentType(CSV).body(TestData.csv("OTHER", 2))
                .post(CAMPAIGNS + "/{id}/rows", id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "idempotency-key-reused"));
        assertEquals(6, TestData.rowCount(id));
        assertEquals(1, TestData.batchCount(id));

        // the key is the campaign's: another campaign takes the same key and body as new
        String other = create("ALPHA");
        given().header("Idempotency-Key", "key-1").contentType(CSV).body(body)
                .post(CAMPAIGNS + "/{id}/rows", other)
                .then().statusCode(200).body("batchId", org.hamcrest.Matchers.not(equalTo(batchId)));
        assertEquals(6, TestData.rowCount(other));
    }

    // --- repeated row ids ------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aRowIdRepeatedWithinABatchIs400AndOneStoredEarlier409() {
        String id = create("ALPHA");
        String repeated = TestData.CSV_HEADER + TestData.csvRow("R", 1) + TestData.csvRow("R", 2)
                + TestData.csvRow("R", 1);
        upload(id, CSV, repeated).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-rows"))
                .body("errors[0].row", equalTo(3))
                .body("errors[0].field", equalTo("rowId"))
                .body("errors[0].message", containsString("R1"));
        assertEquals(0, TestData.rowCount(id));

        upload(id, CSV, TestData.CSV_HEADER + TestData.csvRow("R", 1)).then().statusCode(200);
        upload(id, ContentType.JSON.toString(), "[{\"rowId\":\"R9\",\"measuredAt\":\"2026-07-01T08:00:00Z\","
                + "\"score\":1,\"ok\":true},{\"rowId\":\"R1\",\"measuredAt\":\"2026-07-01T08:00:00Z\",\"score\":1,"
                + "\"ok\":true}]")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "duplicate-row"))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("rowId"))
                .body("errors[0].message", containsString("R1"));
        assertEquals(1, TestData.rowCount(id));
        assertEquals(1, TestData.batchCount(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void onlyAnUploadHasACsvTwin() {
        String id = create("ALPHA");
        given().contentType(CSV).body(TestData.csv("T", 2)).post(CAMPAIGNS + "/{id}/rows/csv", id)
                .then().statusCode(200).body("accepted", equalTo(2));
        // close is no upload: its /csv path does not exist, and the campaign stays open
        given().contentType(CSV).body("x").post(CAMPAIGNS + "/{id}/close/csv", id)
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo(PROBLEMS + "not-found"));
        given().get(CAMPAIGNS + "/{id}", id).then().statusCode(200).body("status", equalTo("OPEN"));
        given().contentType(CSV).body("x").post(CAMPAIGNS + "/{id}/rows/csv/csv", id).then().statusCode(404);
        // nor has creating (JSON only: its twin is not 415) nor a path without POST (not 405)
        given().contentType(CSV).body("x").post(CAMPAIGNS + "/csv")
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo(PROBLEMS + "not-found"));
        given().contentType(CSV).body("x").post(CAMPAIGNS + "/{id}/csv", id)
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo(PROBLEMS + "not-found"));
        // without the twin, the same requests keep their own answers
        given().contentType(CSV).body("x").post(CAMPAIGNS).then().statusCode(415);
        given().contentType(CSV).body("x").post(CAMPAIGNS + "/{id}", id).then().statusCode(405);
        assertEquals(2, TestData.rowCount(id));
    }

    // --- close -----------------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aClosedCampaignTakesNoUploadsAndClosesOnce() {
        String id = create("ALPHA");
        String batchId = given().header("Idempotency-Key", "last").contentType(CSV).body(TestData.csv("Z", 2))
                .post(CAMPAIGNS + "/{id}/rows", id).then().statusCode(200).extract().path("batchId");
        given().post(CAMPAIGNS + "/{id}/close", id).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("regulator"))
                .body("closedAt", notNullValue());
        given().post(CAMPAIGNS + "/{id}/close", id).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "campaign-closed"));
        upload(id, CSV, TestData.csv("Y", 2)).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "campaign-closed"));
        given().queryParam("dryRun", "true").contentType(CSV).body(TestData.csv("Y", 2))
                .post(CAMPAIGNS + "/{id}/rows", id).then().statusCode(409);
        // a client that lost the answer to its last upload and sends it again gets its receipt, not a 409 that would
        // say it was not stored; the same key with another body is still refused
        given().header("Idempotency-Key", "last").contentType(CSV).body(TestData.csv("Z", 2))
                .post(CAMPAIGNS + "/{id}/rows", id).then().statusCode(200)
                .body("batchId", equalTo(batchId)).body("accepted", equalTo(2));
        given().header("Idempotency-Key", "last").contentType(CSV).body(TestData.csv("Y", 2))
                .post(CAMPAIGNS + "/{id}/rows", id).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "idempotency-key-reused"));
        given().header("Idempotency-Key", "new").contentType(CSV).body(TestData.csv("Y", 2))
                .post(CAMPAIGNS + "/{id}/rows", id).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "campaign-closed"));
        assertEquals(2, TestData.rowCount(id));
        assertEquals(1, TestData.batchCount(id));
        given().get(CAMPAIGNS + "/{id}", id).then().body("status", equalTo("CLOSED"));
        given().post(CAMPAIGNS + "/{id}/close", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void closingFreezesTheResult() {
        String id = create("ALPHA");
        upload(id, CSV, TestData.csv("F", 3)).then().statusCode(200);
        // while open, the result is computed from the rows as they are now, however they got there
        TestData.insertRows(id, "OPEN", 1);
        assertEquals(4, sampleTotal(id));

        given().post(CAMPAIGNS + "/{id}/close", id).then().statusCode(200);
        Response frozen = result(id);
        assertEquals(4, (int) frozen.path("sample.total"));
        assertEquals(0.75, frozen.jsonPath().getDouble("value"), 1e-9);

        TestData.insertRows(id, "LATE", 5);
        assertEquals(9, TestData.rowCount(id));
        Response later = result(id);
        assertEquals(frozen.asString(), later.asString(), "a closed campaign's result never changes");
        assertEquals(4, (int) later.path("sample.total"));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aResultFrozenAsOneObjectByAnOlderReleaseIsStillRead() {
        String id = TestData.insertCampaign("OLDER");
        TestData.closeWithResult(id, "{\"kpiId\":\"test.ok\",\"campaignId\":\"" + id + "\",\"sample\":{\"total\":12}}");
        given().get(CAMPAIGNS + "/{id}/result", id).then().statusCode(200)
                .body("kpiId", equalTo("test.ok"))
                .body("sample.total", equalTo(12));
        given().queryParam("operatorId", "OLDER").get("/api/v1/test/compliance").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].campaignId", equalTo(id))
                .body("[0].sample.total", equalTo(12));
        given().get(CAMPAIGNS + "/{id}", id).then().body("status", equalTo("CLOSED")).body("closedBy", equalTo("old-release"));
        upload(id, CSV, TestData.csv("O", 1)).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "BATCHES"))
    void anOperatorUploadsPagesItsBatchesAndClosesItsOwnCampaign() {
        String id = create("BATCHES");
        String first = upload(id, CSV, TestData.csv("A", 2)).then().statusCode(200).extract().path("batchId");
        clock.set(TestClock.DEFAULT_NOW.plusMinutes(1)); // batches are listed newest first
        String second = upload(id, CSV, TestData.csv("B", 3)).then().statusCode(200).extract().path("batchId");
        clock.reset();
        given().queryParam("size", 1).get(CAMPAIGNS + "/{id}/batches", id).then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("batchId", equalTo(List.of(second)))
                .body("[0].uploadedBy", equalTo("alpha"));
        given().queryParam("size", 1).queryParam("page", 1).get(CAMPAIGNS + "/{id}/batches", id).then()
                .body("batchId", equalTo(List.of(first)))
                .body("[0].rows", equalTo(2));
        given().post(CAMPAIGNS + "/{id}/close", id).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("alpha"));
        assertEquals(5, sampleTotal(id));
    }

    @Test
    @TestSecurity(user = "alpha", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "COMPLY"))
    void complianceListsTheCallersOwnResults() {
        String open = create("COMPLY");
        String closed = create("COMPLY");
        upload(closed, CSV, TestData.csv("P", 2)).then().statusCode(200);
        given().post(CAMPAIGNS + "/{id}/close", closed).then().statusCode(200);
        given().get("/api/v1/test/compliance").then().statusCode(200)
                .body("campaignId", hasItem(open))
                .body("campaignId", hasItem(closed))
                .body("operatorId", everyItem(equalTo("COMPLY")))
                .body("find { it.campaignId == '" + closed + "' }.sample.total", equalTo(2));
        given().queryParam("operatorId", "BETA").get("/api/v1/test/compliance").then().statusCode(403);
    }
}

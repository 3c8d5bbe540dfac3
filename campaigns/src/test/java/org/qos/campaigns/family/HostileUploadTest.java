package org.qos.campaigns.family;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.RawHttp;
import org.qos.campaigns.upload.UploadReception;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Uploads that no input breaks and that never hold back others (issue 14), against the real PostgreSQL: bounded
 * reading (millions of CSV columns or JSON keys, long lines and cells: 400 limit-exceeded), values PostgreSQL cannot
 * store (NUL, years outside 0001-9999: 400 naming row and field), the Idempotency-Key checked before the body is read,
 * bodies received whole with no connection, lock or transaction held (a close and a listing answer while uploads
 * stall), under a deadline (408) and a size limit (413), caps on uploads in progress (429), and concurrent resends
 * of one key answered with the first receipt. The test profile sets the bounds small (application.properties).
 */
@QuarkusTest
class HostileUploadTest {

    private static final String PROBLEMS = CampaignLifecycleTest.PROBLEMS;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URI root;

    @TestHTTPResource("/api/v1/test/campaigns")
    URI campaigns;

    @Inject
    UploadReception reception;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<RawHttp> open = new ArrayList<>();

    @AfterEach
    void closeSockets() throws Exception {
        for (RawHttp raw : open) {
            raw.close();
        }
        open.clear();
        awaitNoUploads();
    }

    // --- bounded reading ---------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aCsvHeaderOfThreeMillionColumnsIs400AndNothingIsKept() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        HttpResponse<String> answer = post(id, "text/csv",
                () -> new GeneratedBody("rowId,measuredAt,score,ok", i -> ",c" + i, 3_000_000, "\nA1,2026-07-01T08:00:00Z,1,true\n"));
        JsonPath problem = problem(answer, 400, "limit-exceeded");
        assertEquals("(header)", problem.getString("errors[0].field"));
        assertTrue(problem.getString("detail").contains("at most 100 columns"), problem.getString("detail"));
        assertEquals(1, problem.getList("errors").size());
        assertStillServing(id);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aJsonRowOfThreeMillionUnknownKeysIs400AndNothingIsKept() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        HttpResponse<String> answer = post(id, "application/json",
                () -> new GeneratedBody("[{\"rowId\":\"A1\"", i -> ",\"k" + Integer.toString(i, 36) + "\":0", 3_000_000, "}]"));
        JsonPath problem = problem(answer, 400, "limit-exceeded");
        assertEquals(1, problem.getInt("errors[0].row"));
        assertEquals("(row)", problem.getString("errors[0].field"));
        assertTrue(problem.getString("detail").contains("at most 100 keys"), problem.getString("detail"));
        assertStillServing(id);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void unknownKeysUnderTheBoundAreListedAtMostAHundredWithTheirCount() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        // 2,000 rows of 60 unknown keys each: 120,000 errors, the first 100 listed
        HttpResponse<String> answer = post(id, "application/json", () -> new GeneratedBody("[",
                row -> (row == 0 ? "" : ",") + "{\"rowId\":\"R" + row + "\"" + unknownKeys(60) + "}", 2_000, "]"));
        JsonPath problem = problem(answer, 400, "invalid-rows");
        assertEquals(100, problem.getList("errors").size());
        assertTrue(problem.getString("detail").contains("2000 of 2000 rows are invalid"), problem.getString("detail"));
        assertTrue(problem.getString("detail").contains("the first 100 listed"), problem.getString("detail"));
        assertEquals(0, TestData.rowCount(id));
    }

    private static String unknownKeys(int n) {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < n; i++) {
            keys.append(",\"x").append(i).append("\":1");
        }
        return keys.toString();
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aCellOrALineOverItsBoundIs400NamingRowAndField() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        String longCell = "x".repeat(20_000);
        JsonPath cell = problem(post(id, "text/csv", TestData.CSV_HEADER + TestData.csvRow("A", 1) + longCell
                + ",2026-07-01T08:00:00Z,1,true\n"), 400, "limit-exceeded");
        assertEquals(2, cell.getInt("errors[0].row"));
        assertEquals("rowId", cell.getString("errors[0].field"));
        assertTrue(cell.getString("errors[0].message").contains("at most 16384 characters"));

        String sixteenK = "y".repeat(16_000);
        JsonPath line = problem(post(id, "text/csv", TestData.CSV_HEADER
                + String.join(",", sixteenK, sixteenK, sixteenK, sixteenK, sixteenK) + "\n"), 400, "limit-exceeded");
        assertEquals(1, line.getInt("errors[0].row"));
        assertTrue(line.getString("errors[0].message").contains("at most 65536 characters"));

        JsonPath json = problem(post(id, "application/json", "[{\"rowId\":\"" + longCell
                + "\",\"measuredAt\":\"2026-07-01T08:00:00Z\",\"score\":1,\"ok\":true}]"), 400, "limit-exceeded");
        assertEquals(1, json.getInt("errors[0].row"));
        assertEquals("rowId", json.getString("errors[0].field"));

        JsonPath items = problem(post(id, "application/json", "[{\"rowId\":[" + "\"a\",".repeat(500) + "\"a\"]}]"),
                400, "limit-exceeded");
        assertEquals("rowId", items.getString("errors[0].field"));
        assertStillServing(id);
    }

    // --- values PostgreSQL cannot store -------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aNulCharacterIs400NamingRowAndFieldAndNothingIsStored() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        JsonPath csv = problem(post(id, "text/csv", TestData.CSV_HEADER + TestData.csvRow("A", 1)
                + "A\u00002,2026-07-01T08:00:00Z,1,true\n"), 400, "invalid-rows");
        assertEquals(2, csv.getInt("errors[0].row"));
        assertEquals("rowId", csv.getString("errors[0].field"));
        assertTrue(csv.getString("errors[0].message").contains("NUL"));

        JsonPath json = problem(post(id, "application/json",
                "[{\"rowId\":\"B\\u00001\",\"measuredAt\":\"2026-07-01T08:00:00Z\",\"score\":1,\"ok\":true}]"), 400,
                "invalid-rows");
        assertEquals(1, json.getInt("errors[0].row"));
        assertEquals("rowId", json.getString("errors[0].field"));
        assertEquals(0, TestData.rowCount(id));
        assertEquals(0, TestData.batchCount(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aCsvThatIsNotUtf8Is400NamingItsRowAndNothingIsStored() throws Exception {
        // a spreadsheet's "CSV" in a legacy encoding: the id of row 2 has a Windows-1258 / Latin-1 'á' (0xE1)
        String id = CampaignLifecycleTest.create("HOSTILE");
        byte[] body = (TestData.CSV_HEADER + TestData.csvRow("A", 1) + "Ph\u00e1,2026-07-01T08:00:00Z,1,true\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        JsonPath csv = problem(post(id, "text/csv; charset=windows-1258", () -> new ByteArrayInputStream(body)), 400,
                "invalid-rows");
        assertEquals(2, csv.getInt("errors[0].row"));
        assertEquals("(row)", csv.getString("errors[0].field"));
        assertTrue(csv.getString("errors[0].message").contains("not UTF-8"), csv.prettify());
        assertEquals(0, TestData.rowCount(id));
        assertEquals(0, TestData.batchCount(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void timestampsOutsideTheYears1To9999Are400NamingRowAndField() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        JsonPath problem = problem(post(id, "text/csv", TestData.CSV_HEADER + TestData.csvRow("A", 1)
                + "A2,+10000-07-01T08:00:00+07:00,1,true\n"
                + "A3,-5000-07-01T08:00:00Z,1,true\n"
                + "A4,0001-01-01T00:30:00+07:00,1,true\n"
                + "A5,9999-12-31T23:59:59Z,1,true\n"), 400, "invalid-rows");
        // rows 2 to 4 fail the year check; row 5's year is storable, so only the campaign's period refuses it
        assertEquals(4, problem.getList("errors").size(), problem.prettify());
        for (int i = 0; i < 4; i++) {
            assertEquals(i + 2, problem.getInt("errors[" + i + "].row"));
            assertEquals("measuredAt", problem.getString("errors[" + i + "].field"));
            assertTrue(problem.getString("errors[" + i + "].message").contains(i < 3 ? "years 0001 to 9999"
                    : "campaign period"), problem.prettify());
        }
        assertEquals(0, TestData.rowCount(id));
    }

    // --- headers before the body ---------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void anIdempotencyKeyOverItsBoundIs400BeforeTheBodyIsRead() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        for (String key : List.of("k".repeat(256), "a\tb")) {
            RawHttp raw = raw();
            long start = System.nanoTime();
            // a body announced but never sent: the answer cannot wait for it
            RawHttp.Reply reply = raw.start("POST", rows(id), Map.of("Content-Type", "text/csv",
                    "Content-Length", "100000", "Idempotency-Key", key)).write(TestData.CSV_HEADER).read(WAIT);
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "answered only after a wait");
            JsonPath problem = problem(reply, 400, "invalid-request");
            assertEquals("Idempotency-Key", problem.getString("errors[0].field"));
        }
        given().contentType("text/csv").header("Idempotency-Key", "k".repeat(255)).body(TestData.csv("K", 2))
                .post(CampaignLifecycleTest.CAMPAIGNS + "/{id}/rows", id).then().statusCode(200);
        assertEquals(2, TestData.rowCount(id));
    }

    // --- bodies that do not arrive ---------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aBodyThatStopsArrivingIs408AfterTheIdleTimeout() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        long start = System.nanoTime();
        RawHttp.Reply reply = raw().start("POST", rows(id), Map.of("Content-Type", "text/csv", "Content-Length", "100000"))
                .write(TestData.CSV_HEADER + TestData.csvRow("S", 1)).read(WAIT);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        JsonPath problem = problem(reply, 408, "request-timeout");
        assertTrue(problem.getString("detail").contains("qos.upload.idle-timeout"), problem.getString("detail"));
        assertEquals("close", reply.header("Connection"));
        assertTrue(seconds >= 1 && seconds < 10, "answered after " + seconds + " s; the idle timeout is 2 s");
        assertEquals(0, TestData.rowCount(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aBodyTricklingPastTheBodyTimeoutIs408() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        RawHttp raw = raw().start("POST", rows(id), Map.of("Content-Type", "text/csv", "Content-Length", "100000"));
        Thread trickle = Thread.ofVirtual().start(() -> {
            try {
                raw.write(TestData.CSV_HEADER);
                for (int i = 0; i < 100; i++) {
                    Thread.sleep(500);
                    raw.write(TestData.csvRow("T", i));
                }
            } catch (IOException | InterruptedException e) {
                // the server answered and closed
            }
        });
        long start = System.nanoTime();
        RawHttp.Reply reply = raw.read(WAIT);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        trickle.interrupt();
        JsonPath problem = problem(reply, 408, "request-timeout");
        assertTrue(problem.getString("detail").contains("qos.upload.body-timeout"), problem.getString("detail"));
        assertTrue(seconds >= 8 && seconds < 20, "answered after " + seconds + " s; the body timeout is 10 s");
        assertEquals(0, TestData.rowCount(id));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aClientThatDisconnectsMidBodyStoresNothing() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        RawHttp raw = raw().start("POST", rows(id), Map.of("Content-Type", "text/csv", "Content-Length", "100000"))
                .write(TestData.csv("D", 3));
        awaitUploads(1);
        raw.close();
        awaitNoUploads();
        assertEquals(0, TestData.rowCount(id));
        assertEquals(0, TestData.batchCount(id));
    }

    // --- size ------------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aBodyOverTheLimitIs413ProblemJsonWhetherItsLengthIsStatedOrNot() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        // stated: refused before any byte of it is read
        RawHttp.Reply stated = raw().start("POST", rows(id), Map.of("Content-Type", "text/csv",
                "Content-Length", String.valueOf(33L * 1024 * 1024))).read(WAIT);
        JsonPath problem = problem(stated, 413, "payload-too-large");
        assertTrue(problem.getString("detail").contains("exceeds the limit"));
        // chunked: counted as it arrives
        HttpResponse<String> chunked = post(id, "text/csv",
                () -> new GeneratedBody(TestData.CSV_HEADER, i -> TestData.csvRow("C", i), 1_200_000, ""));
        problem(chunked, 413, "payload-too-large");
        assertStillServing(id);
    }

    // --- nothing held while a body arrives; caps --------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void stalledUploadsHoldNoConnectionNorLockAndTheCapAnswers429() throws Exception {
        String id = CampaignLifecycleTest.create("HOSTILE");
        String other = CampaignLifecycleTest.create("HOSTILE");
        for (int i = 0; i < 3; i++) {
            // trickling a row every 400 ms: never idle, far from done
            RawHttp raw = raw().start("POST", rows(id) + "?dryRun=true", Map.of("Content-Type", "text/csv",
                    "Content-Length", "100000")).write(TestData.CSV_HEADER);
            String prefix = "W" + i;
            Thread.ofVirtual().start(() -> {
                try {
                    for (int row = 0; row < 1000; row++) {
                        raw.write(TestData.csvRow(prefix, row));
                        Thread.sleep(400);
                    }
                } catch (IOException | InterruptedException e) {
                    // closed by the test, or answered
                }
            });
        }
        awaitUploads(3);
        // the fourth of the same tenant: 429 with Retry-After, its body never read
        RawHttp.Reply refused = raw().start("POST", rows(other), Map.of("Content-Type", "text/csv",
                "Content-Length", "100000")).write(TestData.CSV_HEADER).read(WAIT);
        JsonPath problem = problem(refused, 429, "too-many-uploads");
        assertEquals("10", refused.header("Retry-After"));
        assertTrue(problem.getString("detail").contains("The regulator already has 3 uploads"), problem.getString("detail"));
        // meanwhile the others' work goes on: nothing of the stalled uploads holds a connection or the campaign
        given().get(CampaignLifecycleTest.CAMPAIGNS).then().statusCode(200);
        given().post(CampaignLifecycleTest.CAMPAIGNS + "/{id}/close", id).then().statusCode(200);
        // answered while the three were still arriving: neither waited for them
        assertEquals(3, reception.inProgress());
    }

    // --- idempotency -------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void identicalRequestsWithOneKeyAtTheSameMomentAllAnswerTheFirstReceipt() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = CampaignLifecycleTest.create("HOSTILE");
            String body = TestData.csv("I", 2_000);
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(campaigns + "/" + id + "/rows"))
                        .header("Content-Type", "text/csv").header("Idempotency-Key", "same-moment")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            List<String> answers = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : sent) {
                HttpResponse<String> response = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.body());
                answers.add(response.body());
            }
            assertEquals(1, answers.stream().distinct().count(), "every answer is the first receipt: " + answers);
            assertEquals(2_000, TestData.rowCount(id));
            assertEquals(1, TestData.batchCount(id));
        }
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void theBodyOfAnUploadIsNotLeftOnDisk() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = spooled(tmp);
        String id = CampaignLifecycleTest.create("HOSTILE");
        // over the memory threshold (1 MB): spooled to a file while it arrives
        given().contentType("text/csv").body(TestData.csv("F", 40_000))
                .post(CampaignLifecycleTest.CAMPAIGNS + "/{id}/rows", id).then().statusCode(200);
        given().contentType("text/csv").body(TestData.csv("G", 40_000) + "bad,row\n")
                .post(CampaignLifecycleTest.CAMPAIGNS + "/{id}/rows", id).then().statusCode(400);
        assertEquals(before, spooled(tmp));
        assertEquals(40_000, TestData.rowCount(id));
    }

    private static long spooled(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith("qos-upload-")).count();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private RawHttp raw() throws IOException {
        RawHttp raw = RawHttp.open(root);
        open.add(raw);
        return raw;
    }

    private String rows(String id) {
        return "/api/v1/test/campaigns/" + id + "/rows";
    }

    private HttpResponse<String> post(String id, String contentType, Supplier<InputStream> body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(campaigns + "/" + id + "/rows"))
                .header("Content-Type", contentType).timeout(WAIT)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String id, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(campaigns + "/" + id + "/rows"))
                .header("Content-Type", contentType).timeout(WAIT)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonPath problem(HttpResponse<String> answer, int status, String type) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().map().toString());
        return problem(answer.body(), status, type);
    }

    private static JsonPath problem(RawHttp.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.body());
        assertNotNull(reply.header("Content-Type"));
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.headers().toString());
        return problem(reply.body(), status, type);
    }

    private static JsonPath problem(String body, int status, String type) {
        JsonPath problem = JsonPath.from(body);
        assertEquals(PROBLEMS + type, problem.getString("type"), body);
        assertEquals(status, problem.getInt("status"));
        return problem;
    }

    /** Nothing stored, and the service answers a listing at once. */
    private void assertStillServing(String id) {
        long start = System.nanoTime();
        given().get(CampaignLifecycleTest.CAMPAIGNS + "/{id}", id).then().statusCode(200);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos());
        assertEquals(0, TestData.rowCount(id));
        assertEquals(0, TestData.batchCount(id));
    }

    private void awaitUploads(int n) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (reception.inProgress() < n) {
            if (System.nanoTime() > deadline) {
                fail("never " + n + " uploads in progress: " + reception.inProgress());
            }
            Thread.sleep(10);
        }
    }

    private void awaitNoUploads() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (reception.inProgress() > 0) {
            if (System.nanoTime() > deadline) {
                fail("uploads still in progress: " + reception.inProgress());
            }
            Thread.sleep(20);
        }
        assertFalse(reception.inProgress() > 0);
    }
}

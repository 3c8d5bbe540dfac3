package org.qos.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.RawHttp;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Hostile and careless uploads against the running stack, with real tokens (issue 14): each is answered exactly
 * (status, problem type, row and field), and after each the service is alive and another operator's request (beta
 * listing its voice campaigns, through the gateway and straight to the service) answers within 2 s. Bounded reading
 * (3,000,000 CSV columns, 3,000,000 JSON keys; the bounds on every upload of every family), values PostgreSQL cannot
 * store (NUL, years +10000 and -5000), the Idempotency-Key answered before the body, 413 and 408 as problem+json,
 * and slow uploads: 40 of alpha's trickling a row a second hold nothing others need, 36 of them refused at once
 * (429 with Retry-After), and the service's last places wait for operators without an upload. The stack runs with
 * its defaults: 4 uploads per operator, 10 per service of which 2 kept for operators without an upload, 20 s idle
 * timeout, 512M body limit.
 */
class HostileUploadEndToEndTest {

    static final String GATEWAY = System.getProperty("qos.gateway.url", "http://127.0.0.1:8080");
    static final String VOICE = System.getProperty("qos.voice.url", "http://127.0.0.1:8081");
    static final String COVERAGE = System.getProperty("qos.coverage.url", "http://127.0.0.1:8082");
    static final String BILLING = System.getProperty("qos.billing.url", "http://127.0.0.1:8083");
    static final String COMPLAINTS = System.getProperty("qos.complaints.url", "http://127.0.0.1:8084");

    private static final String PROBLEMS = "https://qos.example/problems/";
    private static final String PROBLEM = "application/problem+json";
    private static final String VOICE_HEADER = "callId,startedAt,score,speedKmh,onNet\n";
    private static final Duration PROMPT = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String alphaVoice;
    private static String alphaCoverage;
    private static String alphaBilling;
    private static String alphaAudit;

    private final List<RawHttp> open = new CopyOnWriteArrayList<>();

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }

    private static String create(String url, String body) {
        return as("alpha").contentType(ContentType.JSON).body(body).post(url).then().statusCode(201)
                .extract().path("id");
    }

    @BeforeAll
    static void alphasCampaigns() {
        String period = "\"operatorId\":\"ALPHA\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"";
        alphaVoice = create(VOICE + "/api/v1/voice/campaigns",
                "{" + period + ",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\"}");
        alphaCoverage = create(COVERAGE + "/api/v1/coverage/campaigns",
                "{" + period + ",\"areaCode\":\"HN\",\"thresholdDbm\":-85,\"binMeters\":100}");
        alphaBilling = create(BILLING + "/api/v1/billing/campaigns", "{" + period + "}");
        alphaAudit = create(BILLING + "/api/v1/billing/invoice-audits", "{" + period + "}");
    }

    @AfterEach
    void othersAreStillServed() throws IOException {
        for (RawHttp raw : open) {
            raw.close();
        }
        open.clear();
        assertOthersServed();
    }

    /** The voice service is alive, and beta's listing answers promptly, through the gateway and straight. */
    private static void assertOthersServed() {
        long start = System.nanoTime();
        given().get(VOICE + "/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertPrompt(start, "liveness");
        for (String base : List.of(GATEWAY, VOICE)) {
            start = System.nanoTime();
            as("beta").get(base + "/api/v1/voice/campaigns").then().statusCode(200)
                    .body("operatorId", everyItem(equalTo("BETA")));
            assertPrompt(start, "beta's listing at " + base);
        }
    }

    private static void assertPrompt(long start, String what) {
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(millis < PROMPT.toMillis(), what + " took " + millis + " ms");
    }

    private static String samples() {
        return VOICE + "/api/v1/voice/campaigns/" + alphaVoice + "/samples";
    }

    private static byte[] generate(String head, IntFunction<String> unit, int count, String tail) {
        StringBuilder body = new StringBuilder(head);
        for (int i = 0; i < count; i++) {
            body.append(unit.apply(i));
        }
        return body.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Response assertProblem(Response response, int status, String type) {
        response.then().statusCode(status).contentType(startsWith(PROBLEM)).body("type", equalTo(PROBLEMS + type))
                .body("status", equalTo(status));
        return response;
    }

    // --- bounded reading --------------------------------------------------------------------------------------

    @Test
    void aCsvHeaderOfThreeMillionColumnsIs400() {
        byte[] body = generate(VOICE_HEADER.strip(), i -> ",c" + i, 3_000_000, "\nC1,2026-07-15T10:00:00+07:00,3.5,10,true\n");
        assertProblem(as("alpha").contentType("text/csv").body(body).post(samples()), 400, "limit-exceeded")
                .then().body("errors", hasSize(1)).body("errors[0].field", equalTo("(header)"))
                .body("detail", org.hamcrest.Matchers.containsString("at most 100 columns"));
    }

    @Test
    void aJsonRowOfThreeMillionUnknownKeysIs400() {
        byte[] body = generate("[{\"callId\":\"C1\"", i -> ",\"k" + i + "\":0", 3_000_000, "}]");
        assertProblem(as("alpha").contentType(ContentType.JSON).body(body).post(samples()), 400, "limit-exceeded")
                .then().body("errors", hasSize(1)).body("errors[0].row", equalTo(1))
                .body("errors[0].field", equalTo("(row)"))
                .body("detail", org.hamcrest.Matchers.containsString("at most 100 keys"));
    }

    @Test
    void everyUploadOfEveryFamilyHasTheBounds() {
        String columns = new String(generate("a", i -> ",c" + i, 150, "\n1\n"), StandardCharsets.UTF_8);
        String keys = new String(generate("[{\"a\":1", i -> ",\"k" + i + "\":0", 150, "}]"), StandardCharsets.UTF_8);
        String voice = VOICE + "/api/v1/voice/campaigns/" + alphaVoice;
        String coverage = COVERAGE + "/api/v1/coverage/campaigns/" + alphaCoverage;
        String billing = BILLING + "/api/v1/billing/campaigns/" + alphaBilling;
        String audit = BILLING + "/api/v1/billing/invoice-audits/" + alphaAudit;
        List<String> uploads = List.of(voice + "/samples", coverage + "/samples", billing + "/test-calls",
                billing + "/charging-records", audit + "/charging-records", audit + "/invoice-lines",
                COMPLAINTS + "/api/v1/complaints/support-calls");
        for (String upload : uploads) {
            assertProblem(as("alpha").contentType("text/csv").body(columns).post(upload), 400, "limit-exceeded")
                    .then().body("errors[0].field", equalTo("(header)"));
            assertProblem(as("alpha").contentType("text/csv").body(columns).post(upload + "/csv"), 400, "limit-exceeded")
                    .then().body("errors[0].field", equalTo("(header)"));
            assertProblem(as("alpha").contentType(ContentType.JSON).body(keys).post(upload), 400, "limit-exceeded")
                    .then().body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("(row)"));
        }
        String streets = COVERAGE + "/api/v1/coverage/areas/HOSTILE/streets";
        assertProblem(as("regulator").contentType("text/csv").body(columns).put(streets), 400, "limit-exceeded");
        assertProblem(as("regulator").contentType("text/csv").body(columns).put(streets + "/csv"), 400, "limit-exceeded");
        assertProblem(as("regulator").contentType(ContentType.JSON).body(keys).put(streets), 400, "limit-exceeded");
        // the service's contract documents the answers of every upload: 408, 413, 429, 503 (with Retry-After)
        JsonNode document = document();
        int checked = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) document.path("paths")::fields) {
            for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                boolean upload = operation.getValue().path("requestBody").path("content").has("text/csv");
                if (upload) {
                    checked++;
                    JsonNode responses = operation.getValue().path("responses");
                    for (String status : List.of("400", "408", "413", "429", "503")) {
                        assertTrue(responses.has(status), path.getKey() + " " + operation.getKey() + " lacks " + status);
                    }
                    assertTrue(responses.path("429").path("headers").has("Retry-After"), path.getKey());
                    assertTrue(responses.path("503").path("headers").has("Retry-After"), path.getKey());
                }
            }
        }
        assertTrue(checked >= 16, "only " + checked + " upload operations in the document");
    }

    private static JsonNode document() {
        try {
            return JSON.readTree(given().accept(ContentType.JSON).get(GATEWAY + "/q/openapi").then().statusCode(200)
                    .extract().asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- values PostgreSQL cannot store -----------------------------------------------------------------------

    @Test
    void aNulCharacterIs400NamingRowAndField() {
        assertProblem(as("alpha").contentType("text/csv").body(VOICE_HEADER
                + "N1,2026-07-15T10:00:00+07:00,3.5,10,true\nN\u00002,2026-07-15T10:00:00+07:00,3.5,10,true\n")
                .post(samples()), 400, "invalid-rows")
                .then().body("errors", hasSize(1)).body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("callId"));
        assertProblem(as("alpha").contentType(ContentType.JSON).body("[{\"callId\":\"N\\u00003\",\"startedAt\":"
                + "\"2026-07-15T10:00:00+07:00\",\"score\":3.5,\"speedKmh\":10,\"onNet\":true}]").post(samples()),
                400, "invalid-rows")
                .then().body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("callId"));
        as("alpha").get(VOICE + "/api/v1/voice/campaigns/{id}/batches", alphaVoice).then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Test
    void timestampsOfYearPlus10000AndMinus5000Are400NamingRowAndField() {
        assertProblem(as("alpha").contentType("text/csv").body(VOICE_HEADER
                + "Y1,+10000-07-15T10:00:00+07:00,3.5,10,true\nY2,-5000-07-15T10:00:00+07:00,3.5,10,true\n")
                .post(samples()), 400, "invalid-rows")
                .then().body("errors.row", equalTo(List.of(1, 2)))
                .body("errors.field", equalTo(List.of("startedAt", "startedAt")));
        assertProblem(as("alpha").contentType("text/csv").body("callId,caller,callee,direction,startedAt,durationSeconds\n"
                + "Y3,0243000001,0912000001,ON_NET,+10000-07-15T10:00:00+07:00,120\n")
                .post(BILLING + "/api/v1/billing/campaigns/" + alphaBilling + "/test-calls"), 400, "invalid-rows")
                .then().body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("startedAt"));
    }

    // --- headers before the body ------------------------------------------------------------------------------

    @Test
    void anIdempotencyKeyOver255CharactersIs400BeforeTheBodyIsRead() throws IOException {
        String body = VOICE_HEADER + "K1,2026-07-15T10:00:00+07:00,3.5,10,true\n";
        for (String key : List.of("k".repeat(256), "a\tb")) {
            assertProblem(as("alpha").contentType("text/csv").header("Idempotency-Key", key).body(body).post(samples()),
                    400, "invalid-request").then().body("errors[0].field", equalTo("Idempotency-Key"));
            // a body of 100 MB announced, its first line sent: the answer does not wait for the rest
            long start = System.nanoTime();
            RawHttp.Reply reply = raw(VOICE).start("POST", URI.create(samples()).getPath(), Map.of(
                    "Authorization", "Bearer " + Tokens.user("alpha"), "Content-Type", "text/csv",
                    "Content-Length", "100000000", "Idempotency-Key", key)).write(VOICE_HEADER).read(WAIT);
            assertPrompt(start, "the answer to a long Idempotency-Key");
            assertRawProblem(reply, 400, "invalid-request");
        }
    }

    // --- size and time ----------------------------------------------------------------------------------------

    @Test
    void aBodyOverTheLimitIs413ProblemJsonBeforeItIsRead() throws IOException {
        for (String base : List.of(VOICE, GATEWAY)) {
            long start = System.nanoTime();
            RawHttp.Reply reply = raw(base).start("POST", URI.create(samples()).getPath(), Map.of(
                    "Authorization", "Bearer " + Tokens.user("alpha"), "Content-Type", "text/csv",
                    "Content-Length", String.valueOf(600L * 1024 * 1024))).read(WAIT);
            assertPrompt(start, "413 at " + base);
            assertRawProblem(reply, 413, "payload-too-large");
        }
    }

    @Test
    void aBodyThatStopsArrivingIs408AfterTheIdleTimeout() throws IOException {
        long start = System.nanoTime();
        RawHttp raw = raw(VOICE).start("POST", URI.create(samples()).getPath(), Map.of(
                "Authorization", "Bearer " + Tokens.user("alpha"), "Content-Type", "text/csv",
                "Content-Length", "100000")).write(VOICE_HEADER + "T1,2026-07-15T10:00:00+07:00,3.5,10,true\n");
        assertOthersServed(); // while it stalls
        RawHttp.Reply reply = raw.read(WAIT);
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        JsonNode problem = assertRawProblem(reply, 408, "request-timeout");
        assertTrue(problem.path("detail").asText().contains("qos.upload.idle-timeout"), problem.toString());
        assertTrue(seconds >= 15 && seconds < 40, "408 after " + seconds + " s; the idle timeout is 20 s");
    }

    // --- slow uploads and the caps ----------------------------------------------------------------------------

    /** An upload trickling a row a second; its answer, when one comes, is kept. */
    private final class Trickle {
        final RawHttp raw;
        volatile RawHttp.Reply reply;

        Trickle(String base, String user, String path) throws IOException {
            raw = raw(base).start("POST", path, Map.of("Authorization", "Bearer " + Tokens.user(user),
                    "Content-Type", "text/csv", "Content-Length", "10000000")).write(VOICE_HEADER);
            String prefix = user + "-" + UUID.randomUUID();
            Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < 600; i++) {
                        raw.write(prefix + "-" + i + ",2026-07-15T10:00:00+07:00,3.5,10,true\n");
                        Thread.sleep(1000);
                    }
                } catch (IOException | InterruptedException e) {
                    // answered and closed, or closed by the test
                }
            });
            Thread.ofVirtual().start(() -> {
                try {
                    reply = raw.read(Duration.ofMinutes(5));
                } catch (IOException e) {
                    // closed by the test
                }
            });
        }
    }

    @Test
    void refusedTricklingUploadsThroughTheGatewayHoldNoConnectionOthersNeed() throws Exception {
        // through the gateway: 4 of alpha's 24 trickling uploads received, 20 refused (429) before their bodies end;
        // each refusal closes both connections (Connection: close), so none of the gateway's pooled connections to
        // the service stays stuck behind a body nobody reads (before: beta's listing through the gateway hung)
        String dryRun = URI.create(samples()).getPath() + "?dryRun=true";
        List<Trickle> alpha = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            alpha.add(new Trickle(GATEWAY, "alpha", dryRun));
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (alpha.stream().filter(t -> t.reply != null).count() < 20) {
            if (System.nanoTime() > deadline) {
                fail("only " + alpha.stream().filter(t -> t.reply != null).count() + " of 24 answered");
            }
            Thread.sleep(50);
        }
        for (Trickle refused : alpha.stream().filter(t -> t.reply != null).toList()) {
            assertRawProblem(refused.reply, 429, "too-many-uploads");
            assertEquals("close", refused.reply.header("Connection"));
        }
        // meanwhile, for several seconds of trickle, every other request through the gateway answers promptly
        for (int i = 0; i < 8; i++) {
            assertOthersServed();
            Thread.sleep(500);
        }
        // alpha's clients close: the gateway cuts their requests to the service, which gives the 4 places back at
        // once, well before its 20 s idle timeout would
        for (RawHttp raw : open) {
            raw.close();
        }
        open.clear();
        long closed = System.nanoTime();
        while (as("alpha").contentType("text/csv").body(VOICE_HEADER).post(samples() + "?dryRun=true").statusCode()
                == 429 && System.nanoTime() - closed < WAIT.toNanos()) {
            Thread.sleep(200);
        }
        long millis = Duration.ofNanos(System.nanoTime() - closed).toMillis();
        assertTrue(millis < 10_000, "alpha's upload places were given back " + millis + " ms after its clients closed");
    }

    @Test
    void slowUploadsHoldNothingOthersNeedAndTheCapsAnswer429And503() throws Exception {
        String dryRun = URI.create(samples()).getPath() + "?dryRun=true";
        List<Trickle> alpha = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            alpha.add(new Trickle(VOICE, "alpha", dryRun));
        }
        // 36 refused at once (429 with Retry-After), 4 received
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (alpha.stream().filter(t -> t.reply != null).count() < 36) {
            if (System.nanoTime() > deadline) {
                fail("only " + alpha.stream().filter(t -> t.reply != null).count() + " of 40 answered");
            }
            Thread.sleep(50);
        }
        Thread.sleep(2000);
        List<RawHttp.Reply> refused = alpha.stream().filter(t -> t.reply != null).map(t -> t.reply).toList();
        assertEquals(36, refused.size(), "4 of alpha's uploads are received, the rest refused");
        for (RawHttp.Reply reply : refused) {
            assertRawProblem(reply, 429, "too-many-uploads");
            assertEquals("10", reply.header("Retry-After"));
        }
        // another operator meanwhile: every request answered promptly, the whole time (a few seconds of trickle)
        for (int i = 0; i < 5; i++) {
            assertOthersServed();
            Thread.sleep(500);
        }
        // alpha's next upload, even a small one: 429 with Retry-After
        assertProblem(as("alpha").contentType("text/csv").body(VOICE_HEADER).post(samples()), 429, "too-many-uploads")
                .then().header("Retry-After", notNullValue());

        // beta's 4 and the regulator's first: 9 of the service's 10 places. The regulator's second is 429: an operator
        // already uploading does not take the last 2 places, kept for operators that have none (so three busy tenants
        // never fill the service; its 503 is tested in UploadAdmissionTest, it needs more tenants than this realm has)
        List<Trickle> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            others.add(new Trickle(VOICE, "beta", dryRun.replace(alphaVoice, betaVoice())));
        }
        // beta's 4 admitted first (the regulator's, arriving before beta's last, would leave beta's last 429)
        Thread.sleep(1500);
        others.add(new Trickle(VOICE, "regulator", dryRun));
        Thread.sleep(1500);
        others.forEach(t -> assertEquals(null, t.reply, "received, not answered yet"));
        assertProblem(as("regulator").contentType("text/csv").body(VOICE_HEADER).post(samples()), 429, "too-many-uploads")
                .then().header("Retry-After", equalTo("10"))
                .body("detail", containsString("kept for operators that have none"));
        assertOthersServed();

        // the trickles end (their clients gone): their places are free again
        for (RawHttp raw : open) {
            raw.close();
        }
        open.clear();
        deadline = System.nanoTime() + WAIT.toNanos();
        while (as("alpha").contentType("text/csv").queryParam("dryRun", "true")
                .body(VOICE_HEADER + "Z1,2026-07-15T10:00:00+07:00,3.5,10,true\n").post(samples()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                fail("alpha's places never came back");
            }
            Thread.sleep(200);
        }
    }

    private static String betaVoice;

    private static synchronized String betaVoice() {
        if (betaVoice == null) {
            betaVoice = given().auth().oauth2(Tokens.user("beta")).contentType(ContentType.JSON)
                    .body("{\"operatorId\":\"BETA\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\","
                            + "\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\"}")
                    .post(VOICE + "/api/v1/voice/campaigns").then().statusCode(201).extract().path("id");
        }
        return betaVoice;
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private RawHttp raw(String base) throws IOException {
        RawHttp raw = RawHttp.open(URI.create(base));
        open.add(raw);
        return raw;
    }

    private static JsonNode assertRawProblem(RawHttp.Reply reply, int status, String type) throws IOException {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(String.valueOf(reply.header("Content-Type")).startsWith(PROBLEM), reply.headers().toString());
        JsonNode problem = JSON.readTree(reply.body());
        assertEquals(PROBLEMS + type, problem.path("type").asText(), reply.body());
        assertEquals(status, problem.path("status").asInt());
        return problem;
    }
}

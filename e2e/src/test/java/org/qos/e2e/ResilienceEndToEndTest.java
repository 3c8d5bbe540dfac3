package org.qos.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Resilience against the stack started by ./qos: a stopped service makes the scorecard INCOMPLETE and its restart
 * makes it whole; a PostgreSQL restart during uploads loses no acknowledged row. It stops and restarts parts of the
 * stack, so it runs after every other class (junit-platform.properties, @Order) and leaves the stack whole.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceEndToEndTest {

    private static final String GATEWAY = SecuritySuiteEndToEndTest.GATEWAY;
    private static final String VOICE = SecuritySuiteEndToEndTest.VOICE;
    private static final String COMPLAINTS = SecuritySuiteEndToEndTest.COMPLAINTS;
    private static final String SCORECARDS = GATEWAY + "/api/v1/scorecards";
    private static final Path ROOT = Path.of(System.getProperty("qos.root",
            Path.of("").toAbsolutePath().getParent().toString())).toAbsolutePath().normalize();
    private static final RestAssuredConfig SHORT = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.connection.timeout", 2_000).setParam("http.socket.timeout", 10_000));

    /** Skips the test unless the condition holds, and says so in the build's output, not only in the reports. */
    private static void skipUnless(boolean condition, String why) {
        if (!condition) {
            System.out.println("ResilienceEndToEndTest " + why);
        }
        assumeTrue(condition, why);
    }

    private static Response scorecard() {
        return given().config(SHORT).auth().oauth2(Tokens.user("regulator")).queryParam("operatorId", "ALPHA")
                .queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").get(SCORECARDS);
    }

    /** Asks for the scorecard until it matches (or the deadline passes); the last answer. */
    private static JsonPath scorecardUntil(java.util.function.Predicate<JsonPath> wanted, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        JsonPath last = null;
        while (true) {
            Response r = scorecard();
            assertEquals(200, r.statusCode(), "the scorecard always answers: " + r.asString());
            last = r.jsonPath();
            if (wanted.test(last) || System.nanoTime() > deadline) {
                return last;
            }
            Thread.sleep(500);
        }
    }

    private static boolean ready(String base) {
        try {
            return given().config(SHORT).get(base + "/q/health/ready").statusCode() == 200;
        } catch (Exception e) { // connection refused comes as a (sneaky) IOException
            return false;
        }
    }

    private static void awaitReady(String base, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!ready(base)) {
            if (System.nanoTime() > deadline) {
                fail(base + " is not ready after " + within);
            }
            Thread.sleep(300);
        }
    }

    private static int run(Duration within, String... command) throws IOException, InterruptedException {
        File log = new File("target/resilience-" + command[0].replaceAll("\\W", "") + ".log");
        Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        if (!p.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " took longer than " + within + " (output: " + log + ")");
        }
        return p.exitValue();
    }

    // ------------------------------------------------------------------ a stopped service

    @Test
    @Order(1)
    void stoppingAServiceMakesTheScorecardIncompleteAndStartingItAgainMakesItWhole() throws Exception {
        Path pidFile = ROOT.resolve(".qos/run/complaints-service.pid");
        Optional<ProcessHandle> service = Files.isRegularFile(pidFile)
                ? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive)
                : Optional.empty();
        skipUnless(service.isPresent(), "SKIPPED: complaints-service was not started by ./qos (no live pid in "
                + pidFile + "), so this test cannot stop and restart it");
        // whole to begin with (a family may need a warm-up query)
        JsonPath before = scorecardUntil(s -> !s.getString("families").contains("UNAVAILABLE"),
                Duration.ofSeconds(20));
        for (String family : List.of("voice", "coverage", "billing", "complaints")) {
            assertEquals("OK", before.getString("families." + family + ".status"), before.prettify());
        }

        String overallBefore = before.getString("overall");
        // api.md: FAIL if any result fails; otherwise INCOMPLETE if a family is unavailable
        String overallDown = "FAIL".equals(overallBefore) ? "FAIL" : "INCOMPLETE";

        ProcessHandle p = service.get();
        p.destroy();
        p.onExit().get(40, TimeUnit.SECONDS);
        try {
            long start = System.nanoTime();
            JsonPath down = scorecard().then().statusCode(200).extract().jsonPath();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("UNAVAILABLE", down.getString("families.complaints.status"), down.prettify());
            assertEquals(overallDown, down.getString("overall"), down.prettify());
            assertEquals("OK", down.getString("families.voice.status"), down.prettify());
            assertTrue(millis < 5_000, "a scorecard with a family down took " + millis + " ms");
        } finally {
            int rc = run(Duration.ofSeconds(150), "bash", "-c",
                    "source scripts/lib.sh && qos_ensure_postgres >/dev/null && qos_start_service complaints-service "
                            + java.net.URI.create(COMPLAINTS).getPort());
            assertEquals(0, rc, "restarting complaints-service failed (see e2e/target/resilience-bash.log)");
        }
        awaitReady(COMPLAINTS, Duration.ofSeconds(60));
        // the gateway's circuit breaker may stay open for a few seconds
        JsonPath after = scorecardUntil(s -> "OK".equals(s.getString("families.complaints.status"))
                && overallBefore.equals(s.getString("overall")), Duration.ofSeconds(30));
        assertEquals("OK", after.getString("families.complaints.status"), after.prettify());
        assertEquals(overallBefore, after.getString("overall"), after.prettify());
        for (String family : List.of("voice", "coverage", "billing", "complaints")) {
            assertEquals("OK", after.getString("families." + family + ".status"), after.prettify());
        }
    }

    // ------------------------------------------------------------------ a PostgreSQL restart

    /** The local cluster the scripts manage ("VERSION NAME" on port 5432), if this run may restart it. */
    private static Optional<String[]> managedCluster() throws IOException, InterruptedException {
        String url = System.getenv("QOS_DB_URL");
        if (url != null && !url.startsWith("jdbc:postgresql://127.0.0.1:5432/")) {
            return Optional.empty();
        }
        if (!"root".equals(System.getProperty("user.name")) || !new File("/usr/bin/pg_lsclusters").canExecute()
                || !new File("/usr/bin/pg_ctlcluster").canExecute()) {
            return Optional.empty();
        }
        Process p = new ProcessBuilder("pg_lsclusters", "--no-header").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[2].equals("5432") && f[3].equals("online")) {
                return Optional.of(new String[] {f[0], f[1]});
            }
        }
        return Optional.empty();
    }

    private static final String HEADER = "callId,startedAt,score,speedKmh,onNet\n";
    private static final int ROWS = 5;

    @Test
    @Order(2)
    void restartingPostgresqlDuringUploadsLosesNoAcknowledgedRow() throws Exception {
        Optional<String[]> cluster = managedCluster();
        skipUnless(cluster.isPresent(), "SKIPPED: PostgreSQL is not the local server the scripts manage (needs "
                + "QOS_DB_URL unset or local, pg_ctlcluster, root and an online cluster on port 5432)");
        String system = Tokens.system("alpha-system", "alpha-system-secret");
        String campaign = given().auth().oauth2(system).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\","
                        + "\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}")
                .post(VOICE + "/api/v1/voice/campaigns").then().statusCode(201).extract().path("id");
        String samples = VOICE + "/api/v1/voice/campaigns/" + campaign + "/samples";

        AtomicBoolean restarted = new AtomicBoolean();
        List<Integer> pending = new ArrayList<>(); // uploads without a 200 yet
        int[] acknowledged = {0};
        int[] afterRestart = {0};
        int[] failures = {0};
        java.util.function.IntPredicate upload = n -> {
            StringBuilder csv = new StringBuilder(HEADER);
            for (int i = 0; i < ROWS; i++) {
                csv.append("PG").append(n).append('-').append(i).append(",2026-07-15T10:00:00+07:00,3.5,10,true\n");
            }
            try {
                Response r = given().config(SHORT).auth().oauth2(system).contentType("text/csv")
                        .header("Idempotency-Key", campaign + "-" + n).body(csv.toString()).post(samples);
                return r.statusCode() == 200 && r.jsonPath().getInt("accepted") == ROWS;
            } catch (Exception e) { // connection errors come as (sneaky) IOExceptions
                return false;
            }
        };
        Thread uploader = new Thread(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            for (int n = 0; System.nanoTime() < deadline; n++) {
                boolean wasRestarted = restarted.get();
                if (upload.test(n)) {
                    synchronized (pending) {
                        acknowledged[0] += ROWS;
                    }
                    if (wasRestarted && ++afterRestart[0] >= 10) {
                        return;
                    }
                } else {
                    synchronized (pending) {
                        pending.add(n);
                        failures[0]++;
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "uploads");
        uploader.start();
        Thread.sleep(1_000);
        String[] c = cluster.get();
        int rc = run(Duration.ofSeconds(90), "pg_ctlcluster", "--skip-systemctl-redirect", c[0], c[1], "restart");
        restarted.set(true);
        assertEquals(0, rc, "pg_ctlcluster restart failed (see e2e/target/resilience-pg_ctlcluster.log)");
        uploader.join(TimeUnit.SECONDS.toMillis(90));
        assertTrue(afterRestart[0] >= 10, "uploads did not recover after the PostgreSQL restart: " + afterRestart[0]
                + " acknowledged after it, " + failures[0] + " failed");

        // An upload without an answer may or may not be stored: send it again with its key until it is acknowledged.
        // The key makes a stored one count once.
        for (int n : pending) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!upload.test(n)) {
                assertTrue(System.nanoTime() < deadline, "upload " + n + " is never acknowledged");
                Thread.sleep(200);
            }
            acknowledged[0] += ROWS;
        }
        System.out.printf("PostgreSQL restart: %d uploads failed during it (sent again), %d acknowledged after it,"
                + " %d rows acknowledged in all%n", failures[0], afterRestart[0], acknowledged[0]);
        int total = given().auth().oauth2(system).get(VOICE + "/api/v1/voice/campaigns/" + campaign + "/result")
                .then().statusCode(200).extract().path("sample.total");
        assertEquals(acknowledged[0], total, "rows acknowledged vs stored (" + failures[0]
                + " uploads failed during the restart and were sent again)");
        // every service is back on its feet for whatever runs next
        for (String base : List.of(VOICE, SecuritySuiteEndToEndTest.COVERAGE, SecuritySuiteEndToEndTest.BILLING,
                COMPLAINTS, GATEWAY)) {
            awaitReady(base, Duration.ofSeconds(30));
        }
    }
}

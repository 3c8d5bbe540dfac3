package org.qos.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * The public surfaces against the running stack: the portal's hardened headers, metrics only on each process's
 * management port, and token keys that a flood of made-up key ids cannot hold hostage.
 */
class SurfaceEndToEndTest {

    private static final String GATEWAY = System.getProperty("qos.gateway.url", "http://127.0.0.1:8080");

    /** Name, public base URL, management base URL, a list a regulator may read. */
    private record Process(String name, String url, String management, String list) {
    }

    private static final List<Process> PROCESSES = List.of(
            new Process("gateway", GATEWAY, management("gateway", 9080), "/api/v1/voice/campaigns"),
            new Process("voice", url("voice", 8081), management("voice", 9081), "/api/v1/voice/campaigns"),
            new Process("coverage", url("coverage", 8082), management("coverage", 9082), "/api/v1/coverage/campaigns"),
            new Process("billing", url("billing", 8083), management("billing", 9083), "/api/v1/billing/campaigns"),
            new Process("complaints", url("complaints", 8084), management("complaints", 9084), "/api/v1/complaints"));

    private static String url(String key, int port) {
        return System.getProperty("qos." + key + ".url", "http://127.0.0.1:" + port);
    }

    private static String management(String key, int port) {
        return System.getProperty("qos." + key + ".management-url", "http://127.0.0.1:" + port);
    }

    @Test
    void thePortalsPagesCarryAStrictPolicyAndAreRevalidatedOnEachLoad() {
        for (String page : List.of("/", "/index.html", "/public.html")) {
            var answer = given().get(GATEWAY + page);
            answer.then().statusCode(200).contentType(containsString("text/html"))
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("connect-src 'self' " + Tokens.KEYCLOAK))
                    .header("Content-Security-Policy", not(containsString("unsafe-")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("same-origin"))
                    .header("Cache-Control", equalTo("no-cache"))
                    // the local stack is plain HTTP: no HSTS (sent only to requests that came over HTTPS)
                    .header("Strict-Transport-Security", nullValue());
        }
        // assets may stay cached; they are not sniffed either
        given().get(GATEWAY + "/js/portal.js").then().statusCode(200)
                .header("Cache-Control", not(equalTo("no-cache")))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void apiAnswersAreNotSniffedAtTheGatewayNorAtTheServices() {
        given().get(GATEWAY + "/api/v1/public/publications").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"));
        for (Process p : PROCESSES) {
            var answer = given().get(p.url() + p.list());
            answer.then().statusCode(401).header("X-Content-Type-Options", equalTo("nosniff"));
            assertEquals(1, answer.headers().getValues("X-Content-Type-Options").size(), p.name());
        }
        var forwarded = given().auth().oauth2(Tokens.user("regulator")).get(GATEWAY + "/api/v1/voice/campaigns");
        forwarded.then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        assertEquals(1, forwarded.headers().getValues("X-Content-Type-Options").size());
    }

    @Test
    void metricsAreOnlyOnEachProcesssManagementPortAndHealthStaysPublic() {
        for (Process p : PROCESSES) {
            given().get(p.url() + "/q/metrics").then().statusCode(404);
            given().auth().oauth2(Tokens.user("regulator")).get(p.url() + "/q/metrics").then().statusCode(404);
            given().get(p.management() + "/q/metrics").then().statusCode(200)
                    .body(containsString("jvm_memory_used_bytes"));
            given().get(p.url() + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }
        // nor through the gateway's forwarding
        given().auth().oauth2(Tokens.user("regulator")).get(GATEWAY + "/api/v1/voice/q/metrics").then()
                .statusCode(404);
    }

    @Test
    void aFloodOfMadeUpKeyIdsNeverHoldsTheKeysHostage() throws Exception {
        String valid = Tokens.user("regulator");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Process p : PROCESSES) {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    String garbage = withKeyId(valid, UUID.randomUUID().toString());
                    answers.add(pool.submit(() -> given().auth().oauth2(garbage).get(p.url() + p.list())
                            .statusCode()));
                }
                Map<Integer, Integer> statuses = new TreeMap<>();
                for (Future<Integer> answer : answers) {
                    statuses.merge(answer.get(), 1, Integer::sum);
                }
                // every made-up key id refused cleanly: 401, never 500
                assertEquals(Map.of(401, 200), statuses, p.name());
                // and a real token passes at once, on its first try: its key is known and checked locally, whatever
                // the refreshes the flood asked for (a locked-out key set would answer 401; a refresh waited on, late)
                long start = System.nanoTime();
                given().auth().oauth2(valid).get(p.url() + p.list()).then().statusCode(200);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < 10_000, p.name() + ": the valid token took " + millis + " ms");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The token's payload and signature under a header naming a key the realm never had. */
    static String withKeyId(String token, String kid) {
        String[] parts = token.split("\\.");
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + "." + parts[2];
    }
}

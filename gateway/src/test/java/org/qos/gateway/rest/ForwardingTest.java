package org.qos.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.quarkus.test.security.TestSecurity;

/** Forwarding of /api/v1/{family}/... to fake services: token first, then method, path, query, headers, body. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class ForwardingTest {

    /** The gateway's metrics: on the management interface, a port of its own. */
    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;

    @FakeServices.Inject
    FakeServices services;

    @Test
    void withoutATokenNothingIsForwarded() {
        int before = services.hits("voice");
        given().get("/api/v1/voice/campaigns").then().statusCode(401);
        given().contentType("text/csv").body("callId\nC1\n")
                .post("/api/v1/coverage/campaigns/1/samples").then().statusCode(401);
        given().get("/api/v1/billing/campaigns").then().statusCode(401);
        given().get("/api/v1/complaints").then().statusCode(401);
        assertEquals(before, services.hits("voice"), "the voice service was called without a token");
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aLocationNamingTheServiceNamesTheGatewayInstead() {
        String location = given().header("Authorization", "Bearer t").contentType("application/json").body("{}")
                .post("/api/v1/coverage/located")
                .then().statusCode(201).extract().header("Location");
        assertEquals(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/coverage/located/1?x=y", location);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void methodPathQueryAndTheServicesHeadersAreForwardedOthersAreNot() {
        given().header("Authorization", "Bearer the-callers-token")
                .header("Idempotency-Key", "k-1")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .header("Cookie", "session=secret")
                .header("X-Forwarded-Secret", "internal")
                .accept("application/json")
                .contentType("application/json")
                .body("{\"operatorId\":\"ALPHA\"}")
                .queryParam("dryRun", "true").queryParam("x", "é")
                .post("/api/v1/voice/campaigns")
                .then().statusCode(201)
                .header("Location", "http://upstream/voice/created")
                .header("X-Total-Count", "7")
                .body("family", equalTo("voice"))
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/v1/voice/campaigns"))
                .body("query", equalTo("dryRun=true&x=%C3%A9"))
                .body("headers.authorization", equalTo("Bearer the-callers-token"))
                .body("headers.idempotency-key", equalTo("k-1"))
                .body("headers.traceparent", equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
                .body("headers.accept", equalTo("application/json"))
                .body("headers.content-type", containsString("application/json"))
                .body("headers", not(hasKey("cookie")))
                .body("headers", not(hasKey("x-forwarded-secret")))
                .body("bytes", equalTo(22));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void eachFamilyGoesToItsOwnService() {
        for (String family : FakeServices.FAMILIES) {
            given().get("/api/v1/" + family + "/campaigns/abc/result").then().statusCode(200)
                    .body("family", equalTo(family))
                    .body("method", equalTo("GET"))
                    .body("path", equalTo("/api/v1/" + family + "/campaigns/abc/result"))
                    .body("query", nullValue())
                    // no body came, none is sent (not even an empty chunked one)
                    .body("headers", not(hasKey("transfer-encoding")))
                    .body("bytes", equalTo(0));
        }
        // the bare prefix too (complaints lists at /api/v1/complaints)
        given().get("/api/v1/complaints").then().statusCode(200).body("path", equalTo("/api/v1/complaints"));
        // a path that only starts like a family is not forwarded
        given().get("/api/v1/voicex/campaigns").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aLargeUploadStreamsThroughWhole() throws Exception {
        // 32 MB of CSV-like rows, sent with a Content-Length, and again chunked (no length known in advance)
        byte[] body = csv(32 * 1024 * 1024);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        given().contentType("text/csv").header("Idempotency-Key", "big-1").body(body)
                .post("/api/v1/voice/campaigns/c1/samples")
                .then().statusCode(201)
                .body("bytes", equalTo(body.length))
                .body("sha256", equalTo(sha256))
                .body("headers.content-length", equalTo(String.valueOf(body.length)));
        given().contentType("text/csv").body(new ByteArrayInputStream(body))
                .post("/api/v1/billing/campaigns/c2/charging-records")
                .then().statusCode(201)
                .body("family", equalTo("billing"))
                .body("bytes", equalTo(body.length))
                .body("sha256", equalTo(sha256));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    void aServiceThatIsDownIsA503Problem() {
        services.stop("coverage");
        try {
            given().get("/api/v1/coverage/campaigns").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://qos.example/problems/unavailable"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("coverage"));
            given().contentType("text/csv").body(csv(4 * 1024 * 1024))
                    .post("/api/v1/coverage/campaigns/c1/samples").then().statusCode(503)
                    .contentType("application/problem+json");
        } finally {
            services.start("coverage");
        }
        given().get("/api/v1/coverage/campaigns").then().statusCode(200).body("family", equalTo("coverage"));
    }

    @Test
    void theServicesOpenApiDocumentsAreOpenAndListedBySwaggerUi() {
        for (String family : FakeServices.FAMILIES) {
            given().get("/q/openapi-services/" + family).then().statusCode(200)
                    .body("info.title", equalTo(family + "-service"));
        }
        given().get("/q/openapi-gateway").then().statusCode(200).body(containsString("/api/v1/scorecards"));
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("/q/openapi-services/voice"))
                .body(containsString("/q/openapi-services/complaints"));
    }

    @Test
    void theWholeApiIsOneOpenDocumentWithEveryFamilysPathsAndTheGatewaysOwn() {
        given().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/scorecards"))
                .body("paths", hasKey("/api/v1/voice/compliance"))
                .body("paths", hasKey("/api/v1/complaints/compliance"))
                .body("servers[0].url", equalTo(RestAssured.baseURI + ":" + RestAssured.port));
    }

    @Test
    void healthOnThePublicPortAndTheGatewaysOwnMetricsOnlyOnTheManagementPort() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get(metricsUrl).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        // never on the public port, with or without a token
        given().get("/q/metrics").then().statusCode(404);
        given().header("Authorization", "Bearer any").get("/q/metrics").then().statusCode(404);
        assertNotEquals(RestAssured.port, metricsUrl.getPort());
    }

    private static byte[] csv(int size) {
        byte[] row = "C0000001,2026-07-15T10:00:00+07:00,3.40,12.5,true\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[size];
        for (int i = 0; i < size; i++) {
            body[i] = row[i % row.length];
        }
        return body;
    }
}

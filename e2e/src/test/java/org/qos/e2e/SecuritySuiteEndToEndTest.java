package org.qos.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The security suite of issue 6, on every family, straight to each service and through the gateway, with real
 * Keycloak tokens: 401 without a valid token (none, forged, expired), 403 for operator beta on alpha's data, the
 * regulator reads all, and malformed requests are 4xx, never 5xx.
 */
class SecuritySuiteEndToEndTest {

    static final String GATEWAY = System.getProperty("qos.gateway.url", "http://127.0.0.1:8080");
    static final String VOICE = System.getProperty("qos.voice.url", "http://127.0.0.1:8081");
    static final String COVERAGE = System.getProperty("qos.coverage.url", "http://127.0.0.1:8082");
    static final String BILLING = System.getProperty("qos.billing.url", "http://127.0.0.1:8083");
    static final String COMPLAINTS = System.getProperty("qos.complaints.url", "http://127.0.0.1:8084");

    /** A family: its service's base URL and its collection path. */
    record Family(String name, String service, String collection) {
        List<String> bases() {
            return List.of(service, GATEWAY);
        }
    }

    static final List<Family> FAMILIES = List.of(
            new Family("voice", VOICE, "/api/v1/voice/campaigns"),
            new Family("coverage", COVERAGE, "/api/v1/coverage/campaigns"),
            new Family("billing", BILLING, "/api/v1/billing/campaigns"),
            new Family("complaints", COMPLAINTS, "/api/v1/complaints"));

    private static final String AREA = "SEC-" + UUID.randomUUID().toString().substring(0, 8);
    private static final OffsetDateTime RECEIVED = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1)
            .truncatedTo(ChronoUnit.SECONDS);

    private static String voiceCampaign;
    private static String coverageCampaign;
    private static String billingCampaign;
    private static String complaint;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String complaintJson(String operatorId) {
        return "{\"operatorId\":\"" + operatorId + "\",\"customerRef\":\"SEC-" + UUID.randomUUID()
                + "\",\"channel\":\"EMAIL\",\"category\":\"SERVICE_QUALITY\",\"receivedAt\":\"" + RECEIVED
                + "\",\"subject\":\"security suite\"}";
    }

    @BeforeAll
    static void alphaOwnsOneObjectOfEveryFamily() {
        String alpha = Tokens.user("alpha");
        voiceCampaign = as(alpha).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\","
                        + "\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}")
                .post(VOICE + "/api/v1/voice/campaigns").then().statusCode(201).extract().path("id");
        coverageCampaign = as(alpha).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"areaCode\":\"" + AREA + "\",\"periodStart\":\"2026-07-01\","
                        + "\"periodEnd\":\"2026-09-30\",\"thresholdDbm\":-85,\"binMeters\":100}")
                .post(COVERAGE + "/api/v1/coverage/campaigns").then().statusCode(201).extract().path("id");
        billingCampaign = as(alpha).contentType(ContentType.JSON)
                .body("{\"operatorId\":\"ALPHA\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}")
                .post(BILLING + "/api/v1/billing/campaigns").then().statusCode(201).extract().path("id");
        complaint = as(alpha).contentType(ContentType.JSON).body(complaintJson("ALPHA"))
                .post(COMPLAINTS + "/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    private static String idOf(Family f) {
        return switch (f.name()) {
            case "voice" -> voiceCampaign;
            case "coverage" -> coverageCampaign;
            case "billing" -> billingCampaign;
            default -> complaint;
        };
    }

    /** A write on alpha's object of this family: method path and body. */
    private static Response writeOn(Family f, String base, RequestSpecification spec) {
        String id = idOf(f);
        return switch (f.name()) {
            case "voice" -> spec.contentType("text/csv")
                    .body("callId,startedAt,score,speedKmh,onNet\nSEC1,2026-07-15T10:00:00+07:00,3.5,10,true\n")
                    .post(base + f.collection() + "/{id}/samples", id);
            case "coverage" -> spec.contentType("text/csv")
                    .body("at,lat,lon,signalDbm,speedKmh,streetId,outdoor\n"
                            + "2026-07-15T10:00:00+07:00,21.0285,105.8542,-80,20,S1,true\n")
                    .post(base + f.collection() + "/{id}/samples", id);
            case "billing" -> spec.contentType("text/csv")
                    .body("recordId,caller,callee,startedAt,durationSeconds,charge\n"
                            + "SEC1,0243,0912,2026-08-15T09:00:00+07:00,60,800\n")
                    .post(base + f.collection() + "/{id}/charging-records", id);
            default -> spec.contentType(ContentType.JSON)
                    .body("{\"respondedAt\":\"" + RECEIVED.plusMinutes(5) + "\",\"written\":true,\"summary\":\"x\"}")
                    .post(base + f.collection() + "/{id}/responses", id);
        };
    }

    // ------------------------------------------------------------------ 401

    @Test
    void noTokenAForgedSignatureAndAnExpiredTokenAre401OnEveryFamilyDirectlyAndThroughTheGateway()
            throws InterruptedException {
        String expired = Tokens.shortLived("alpha");
        long exp = Tokens.claims(expired).path("exp").asLong();
        assertTrue(exp - Tokens.claims(expired).path("iat").asLong() <= 10,
                "qos-cli-short must issue short-lived tokens (keycloak/qos-realm.json, access.token.lifespan)");
        // the short token is a real one: accepted while it lives (unless the machine is too slow to ask in time)
        String forged = Tokens.withForgedSignature(Tokens.user("alpha"));
        for (Family f : FAMILIES) {
            for (String base : f.bases()) {
                String list = base + f.collection();
                String one = list + "/" + idOf(f);
                given().get(list).then().statusCode(401);
                given().get(one).then().statusCode(401);
                writeOn(f, base, given()).then().statusCode(401);
                as(forged).get(list).then().statusCode(401);
                as(forged).get(one).then().statusCode(401);
                writeOn(f, base, as(forged)).then().statusCode(401);
            }
        }
        // Quarkus OIDC allows no lifespan grace by default (quarkus.oidc.token.lifespan-grace is not set); wait for
        // exp plus a margin for clock skew between Keycloak and the services (same machine).
        long waitMillis = exp * 1000 + 1500 - System.currentTimeMillis();
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
        for (Family f : FAMILIES) {
            for (String base : f.bases()) {
                as(expired).get(base + f.collection()).then().statusCode(401);
                as(expired).get(base + f.collection() + "/" + idOf(f)).then().statusCode(401);
                writeOn(f, base, as(expired)).then().statusCode(401);
            }
        }
    }

    @Test
    void aFreshShortLivedTokenIsAccepted() {
        // the same client's token works while it lives: the 401 above is for expiry, not for the client
        String fresh = Tokens.shortLived("alpha");
        as(fresh).get(VOICE + "/api/v1/voice/campaigns/" + voiceCampaign).then().statusCode(200);
    }

    // ------------------------------------------------------------------ 403 / regulator

    @Test
    void betaGets403ReadingOrWritingAlphasDataOnEveryFamilyDirectlyAndThroughTheGateway() {
        String beta = Tokens.user("beta");
        String betaSystem = Tokens.system("beta-system", "beta-system-secret");
        for (Family f : FAMILIES) {
            for (String base : f.bases()) {
                String one = base + f.collection() + "/" + idOf(f);
                for (String token : List.of(beta, betaSystem)) {
                    as(token).get(one).then().statusCode(403);
                    writeOn(f, base, as(token)).then().statusCode(403);
                    as(token).queryParam("operatorId", "ALPHA").get(base + f.collection()).then().statusCode(403);
                }
            }
        }
        // nothing beta tried was stored
        as(Tokens.user("alpha")).get(VOICE + "/api/v1/voice/campaigns/{id}/result", voiceCampaign).then()
                .statusCode(200).body("sample.total", equalTo(0));
    }

    @Test
    void theRegulatorReadsAlphasDataOnEveryFamilyDirectlyAndThroughTheGateway() {
        String regulator = Tokens.user("regulator");
        for (Family f : FAMILIES) {
            for (String base : f.bases()) {
                as(regulator).get(base + f.collection() + "/" + idOf(f)).then().statusCode(200)
                        .body("operatorId", equalTo("ALPHA"));
                as(regulator).queryParam("operatorId", "ALPHA").get(base + f.collection()).then().statusCode(200);
            }
        }
    }

    // ------------------------------------------------------------------ malformed requests

    /** One malformed request: what it is, and how to send it to a base URL. */
    record Bad(String what, String method, String path, String contentType, String body) {
    }

    private static final String TRAVERSAL = "..%2F..%2Fetc%2Fpasswd";
    private static final String DOTS = "%2e%2e";
    private static final String SQL = "%27%20OR%201%3D1%20--";

    private static List<Bad> malformed(Family f) {
        String c = f.collection();
        String id = idOf(f);
        List<Bad> bad = new ArrayList<>();
        String json = ContentType.JSON.toString();
        bad.add(new Bad("bad JSON", "POST", c, json, "{\"operatorId\":\"ALPHA\","));
        bad.add(new Bad("not JSON at all", "POST", c, json, "<xml/>"));
        bad.add(new Bad("a JSON array", "POST", c, json, "[1,2,3]"));
        bad.add(new Bad("wrong types", "POST", c, json,
                "{\"operatorId\":123,\"areaCode\":[],\"method\":{},\"periodStart\":true,\"periodEnd\":1.5,"
                        + "\"thresholdDbm\":\"loud\",\"channel\":7,\"receivedAt\":false}"));
        bad.add(new Bad("huge numbers", "POST", c, json,
                "{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\",\"periodStart\":\"2026-07-01\","
                        + "\"periodEnd\":\"2026-09-30\",\"thresholdDbm\":1e400,"
                        + "\"binMeters\":123456789012345678901234567890,\"channel\":1e400}"));
        bad.add(new Bad("dates as huge numbers", "POST", c, json,
                "{\"operatorId\":\"ALPHA\",\"periodStart\":123456789012345678901234567890,\"periodEnd\":1e400,"
                        + "\"receivedAt\":1e400}"));
        String valid = switch (f.name()) {
            case "voice" -> "{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\","
                    + "\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"";
            case "coverage" -> "{\"operatorId\":\"ALPHA\",\"areaCode\":\"" + AREA + "\",\"periodStart\":\"2026-07-01\","
                    + "\"periodEnd\":\"2026-09-30\",\"thresholdDbm\":-85,\"binMeters\":100";
            case "billing" -> "{\"operatorId\":\"ALPHA\",\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"";
            default -> complaintJson("ALPHA").substring(0, complaintJson("ALPHA").length() - 1);
        };
        bad.add(new Bad("an unknown field on a valid body", "POST", c, json, valid + ",\"isAdmin\":true}"));
        bad.add(new Bad("unknown fields and nothing else", "POST", c, json, "{\"isAdmin\":true,\"__proto__\":{}}"));
        bad.add(new Bad("path traversal id", "GET", c + "/" + TRAVERSAL, null, null));
        bad.add(new Bad("dot-dot id", "GET", c + "/" + DOTS, null, null));
        bad.add(new Bad("dot-dot id and more", "GET", c + "/" + DOTS + "/" + DOTS + "/etc/passwd", null, null));
        bad.add(new Bad("SQL in an id", "GET", c + "/" + SQL, null, null));
        bad.add(new Bad("SQL in an id, write", "POST", c + "/" + SQL + (f.name().equals("complaints") ? "/responses"
                : f.name().equals("billing") ? "/charging-records" : "/samples"), "text/csv", "a,b\n1,2\n"));
        bad.add(new Bad("SQL in operatorId", "GET", c + "?operatorId=" + SQL, null, null));
        bad.add(new Bad("SQL in from/to", "GET", c + "?from=" + SQL + "&to=" + SQL, null, null));
        bad.add(new Bad("huge page", "GET", c + "?page=123456789012345678901234567890&size=1e400", null, null));
        bad.add(new Bad("negative page", "GET", c + "?page=-1&size=-5", null, null));
        if (!f.name().equals("complaints")) {
            bad.add(new Bad("CSV where JSON is expected", "POST", c, "text/csv", "a,b\n1,2\n"));
            bad.add(new Bad("binary garbage upload", "POST", c + "/" + id
                    + (f.name().equals("billing") ? "/charging-records" : "/samples"), "text/csv", "\u0000\u00ff\u0001,,,\n\"unclosed"));
            bad.add(new Bad("huge numbers in a CSV", "POST", c + "/" + id
                    + (f.name().equals("billing") ? "/charging-records" : "/samples"), "text/csv",
                    f.name().equals("voice")
                            ? "callId,startedAt,score,speedKmh,onNet\nH1,2026-07-15T10:00:00+07:00,1e400,"
                                    + "123456789012345678901234567890,true\n"
                            : f.name().equals("coverage")
                                    ? "at,lat,lon,signalDbm,speedKmh,streetId,outdoor\n2026-07-15T10:00:00+07:00,"
                                            + "1e400,105.8542,123456789012345678901234567890,20,S1,true\n"
                                    : "recordId,caller,callee,startedAt,durationSeconds,charge\nH1,0243,0912,"
                                            + "2026-08-15T09:00:00+07:00,123456789012345678901234567890,1e400\n"));
        } else {
            bad.add(new Bad("response with wrong types", "POST", c + "/" + id + "/responses", json,
                    "{\"respondedAt\":12,\"written\":\"maybe\",\"summary\":[]}"));
            bad.add(new Bad("huge subscriber count", "POST", c + "/subscriber-counts", json,
                    "{\"operatorId\":\"ALPHA\",\"asOf\":\"2026-09-30\",\"count\":123456789012345678901234567890}"));
            bad.add(new Bad("subscriber count 1e400", "POST", c + "/subscriber-counts", json,
                    "{\"operatorId\":\"ALPHA\",\"asOf\":\"2026-09-30\",\"count\":1e400}"));
        }
        return bad;
    }

    @Test
    void malformedRequestsAre4xxNever5xxOnEveryFamilyDirectlyAndThroughTheGateway() {
        String alpha = Tokens.user("alpha");
        String regulator = Tokens.user("regulator");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Family f : FAMILIES) {
            for (String base : f.bases()) {
                for (Bad b : malformed(f)) {
                    for (String token : List.of(alpha, regulator)) {
                        RequestSpecification spec = as(token).urlEncodingEnabled(false);
                        if (b.contentType() != null) {
                            spec = spec.contentType(b.contentType()).body(b.body());
                        }
                        Response r = b.method().equals("GET") ? spec.get(base + b.path()) : spec.post(base + b.path());
                        sent++;
                        // an operatorId of another form is 400 naming the field, for the regulator too
                        boolean namesOperatorId = !b.what().equals("SQL in operatorId")
                                || (r.statusCode() == 400 && r.asString().contains("\"field\":\"operatorId\""));
                        if (!namesOperatorId || r.statusCode() < 400 || r.statusCode() > 499) {
                            failures.add(r.statusCode() + " " + f.name() + " " + (base.equals(GATEWAY) ? "gateway" : "direct")
                                    + " " + b.what() + ": " + b.method() + " " + b.path() + " -> "
                                    + r.asString().substring(0, Math.min(200, r.asString().length())));
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " malformed requests were not 4xx:\n"
                + String.join("\n", failures));
    }
}

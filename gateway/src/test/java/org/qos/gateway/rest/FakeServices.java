package org.qos.gateway.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Four small HTTP servers standing in for the services, each on a random port of 127.0.0.1, started before the
 * gateway and named in its configuration. Each answers
 * <ul>
 * <li>{@code GET /api/v1/{family}/compliance} with KPI results chosen by {@code operatorId} (see
 * {@link #compliance});</li>
 * <li>{@code GET /q/openapi} with a tiny document titled "{family}-service";</li>
 * <li>anything else under {@code /api/v1/{family}/} with an echo of what arrived: method, path, query, headers,
 * and the length and SHA-256 of the body, computed as it streams in (nothing is kept).</li>
 * </ul>
 * A family's server can be stopped and started again on the same port ({@link #stop}, {@link #start}).
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the running fake services. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    static final List<String> FAMILIES = List.of("voice", "coverage", "billing", "complaints");

    private Vertx vertx;
    private final Map<String, HttpServer> servers = new ConcurrentHashMap<>();
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> lastAuthorization = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new java.util.HashMap<>();
        for (String family : FAMILIES) {
            hits.put(family, new AtomicInteger());
            listen(family, 0);
            config.put("qos.gateway.services." + family + ".url", "http://127.0.0.1:" + ports.get(family));
        }
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close());
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.AnnotatedAndMatchesType(Inject.class, FakeServices.class));
    }

    /** Stops a family's server: connections to its port are refused. */
    public void stop(String family) {
        HttpServer server = servers.remove(family);
        if (server != null) {
            await(server.close());
        }
    }

    /** Starts a stopped family's server again, on its port. */
    public void start(String family) {
        if (!servers.containsKey(family)) {
            listen(family, ports.get(family));
        }
    }

    /** Requests a family's server received under /api/v1/ (compliance calls included). */
    public int hits(String family) {
        return hits.get(family).get();
    }

    /** The Authorization header of the last compliance call a family received ("" when none). */
    public String lastAuthorization(String family) {
        return lastAuthorization.getOrDefault(family, "");
    }

    private void listen(String family, int port) {
        HttpServer server = await(vertx.createHttpServer()
                .requestHandler(request -> handle(family, request))
                .listen(port, "127.0.0.1"));
        servers.put(family, server);
        ports.put(family, server.actualPort());
    }

    private void handle(String family, HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("openapi", "3.1.0")
                            .put("info", new JsonObject().put("title", family + "-service"))
                            .put("paths", new JsonObject().put("/api/v1/" + family + "/compliance", new JsonObject()))
                            .encode());
            return;
        }
        hits.get(family).incrementAndGet();
        if (path.equals("/api/v1/" + family + "/compliance")) {
            lastAuthorization.put(family, String.valueOf(request.getHeader("Authorization")));
            compliance(family, request);
            return;
        }
        echo(family, request);
    }

    /**
     * KPI results by operator: ALPHA passes everywhere (complaints adds an informative result without verdict);
     * FAILING fails one voice result; without an operatorId, ALPHA's and FAILING's results together; THIN lacks coverage data; EMPTY has no billing result; SLOW's billing answers
     * after 5 s; BROKEN's coverage answers 500; UNHURRIED's families all answer after 600 ms.
     */
    private void compliance(String family, HttpServerRequest request) {
        String operatorId = request.getParam("operatorId");
        if (operatorId == null) {
            // every operator (the regulator's listing): ALPHA's and FAILING's results together
            JsonArray all = new JsonArray().addAll(results(family, "ALPHA")).addAll(results(family, "FAILING"));
            request.response().putHeader("Content-Type", "application/json").end(all.encode());
            return;
        }
        JsonArray results = results(family, operatorId);
        switch (operatorId) {
            case "THIN" -> {
                if (family.equals("coverage")) {
                    results = new JsonArray().add(result("coverage.outdoor", operatorId, "INSUFFICIENT_DATA"));
                }
            }
            case "EMPTY" -> {
                if (family.equals("billing")) {
                    results = new JsonArray();
                }
            }
            case "SLOW" -> {
                if (family.equals("billing")) {
                    JsonArray late = results;
                    vertx.setTimer(5000, id -> {
                        if (!request.response().closed()) {
                            request.response().putHeader("Content-Type", "application/json").end(late.encode());
                        }
                    });
                    return;
                }
            }
            case "UNHURRIED" -> {
                JsonArray late = results;
                vertx.setTimer(600, id -> {
                    if (!request.response().closed()) {
                        request.response().putHeader("Content-Type", "application/json").end(late.encode());
                    }
                });
                return;
            }
            case "BROKEN" -> {
                if (family.equals("coverage")) {
                    request.response().setStatusCode(500).end();
                    return;
                }
            }
            default -> {
            }
        }
        request.response().putHeader("Content-Type", "application/json").end(results.encode());
    }

    private static JsonArray results(String family, String operatorId) {
        JsonArray results = new JsonArray().add(result(family + ".kpi", operatorId, "PASS"));
        if (family.equals("complaints")) {
            results.add(result("support.answered-60s", operatorId, null));
        }
        if (operatorId.equals("FAILING") && family.equals("voice")) {
            results.add(result("voice.quality", operatorId, "FAIL"));
        }
        return results;
    }

    private static JsonObject result(String kpiId, String operatorId, String verdict) {
        return new JsonObject().put("kpiId", kpiId).put("operatorId", operatorId)
                .put("periodStart", "2026-07-01").put("periodEnd", "2026-09-30")
                .put("value", 0.95).put("verdict", verdict).put("conclusive", verdict != null)
                .put("bins", new JsonObject().put("measured", 10).put("covered", 9));
    }

    private void echo(String family, HttpServerRequest request) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long[] bytes = {0};
        request.handler(chunk -> {
            bytes[0] += chunk.length();
            sha256.update(chunk.getBytes());
        });
        request.endHandler(end -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue()));
            request.response()
                    .setStatusCode(request.method().name().equals("POST") ? 201 : 200)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Location", request.path().endsWith("/located")
                            ? "http://127.0.0.1:" + ports.get(family) + request.path() + "/1?x=y"
                            : "http://upstream/" + family + "/created")
                    .putHeader("X-Total-Count", "7")
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .end(new JsonObject().put("family", family).put("method", request.method().name())
                            .put("path", request.path()).put("query", request.query())
                            .put("headers", headers).put("bytes", bytes[0])
                            .put("sha256", HexFormat.of().formatHex(sha256.digest())).encode());
        });
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

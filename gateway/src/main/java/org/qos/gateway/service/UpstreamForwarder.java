package org.qos.gateway.service;

import java.net.URI;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.qos.common.problem.Problem;
import org.qos.common.problem.ProblemType;
import org.qos.gateway.config.GatewayConfig;
import org.qos.gateway.domain.Family;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards an HTTP exchange to a family's service, streaming both ways: the request body is piped to the service
 * and the answer piped back, each with back-pressure (a paused reader while the writer's queue is full), so a
 * body of any size passes through a bounded amount of memory.
 *
 * <p>Only the headers the services use are passed on ({@code Authorization}, {@code Content-Type}, {@code Accept},
 * {@code Idempotency-Key}, the body's length, and the W3C trace context: see {@link #TRACE_CONTEXT_HEADERS});
 * the answer keeps every header but the hop-by-hop ones. A service that cannot be reached is a {@code 503}
 * problem of type {@code unavailable}.
 */
@ApplicationScoped
public class UpstreamForwarder {

    private static final Logger LOG = Logger.getLogger(UpstreamForwarder.class);

    /** Request headers passed on, lower case. */
    static final Set<String> FORWARDED_REQUEST_HEADERS = Set.of("authorization", "content-type", "content-length",
            "accept", "idempotency-key");

    /**
     * The W3C trace context. Copied as it came when the OpenTelemetry SDK is off; when it is on, the Vert.x
     * client's tracer writes it instead (same trace, the gateway's span as parent), and a copy would double it.
     */
    static final Set<String> TRACE_CONTEXT_HEADERS = Set.of("traceparent", "tracestate");

    /** Response headers that concern one connection only (RFC 9110 7.6.1), never copied. */
    static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    /**
     * Response headers the gateway sets itself (application.properties, SecurityHeaders): its own value stands, a
     * service's is taken only where the gateway has none (a service's copy would repeat the header).
     */
    static final Set<String> GATEWAY_POLICY_HEADERS = Set.of("x-content-type-options", "x-frame-options",
            "referrer-policy", "strict-transport-security");

    /** The request headers passed on, as the names to look up (the request's header map ignores case). */
    private static final List<String> FORWARDED = List.copyOf(FORWARDED_REQUEST_HEADERS);
    private static final List<String> FORWARDED_WITH_TRACE_CONTEXT = Stream
            .concat(FORWARDED_REQUEST_HEADERS.stream(), TRACE_CONTEXT_HEADERS.stream()).toList();

    /**
     * One client per event loop, created by the first request on it: a connection belongs to the event loop that
     * opened it, and a request on another loop would have each of its events handed over between the two threads.
     */
    private final Map<EventLoop, HttpClient> clients = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final HttpClientOptions clientOptions;
    private final PoolOptions poolOptions;
    private final Map<Family, URI> upstreams = new EnumMap<>(Family.class);
    /** Each service's base path without its trailing slashes, worked out once (not on every request). */
    private final Map<Family, String> basePaths = new EnumMap<>(Family.class);
    private final long idleTimeoutMillis;
    private final ObjectMapper json;
    private final boolean copyTraceContext;

    UpstreamForwarder(Vertx vertx, GatewayConfig config, ObjectMapper json,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean otelSdkDisabled) {
        this.json = json;
        this.copyTraceContext = otelSdkDisabled;
        for (Family family : Family.values()) {
            GatewayConfig.Upstream upstream = config.services().get(family.key());
            if (upstream == null) {
                throw new IllegalStateException("qos.gateway.services." + family.key() + ".url is not configured");
            }
            upstreams.put(family, upstream.url());
            basePaths.put(family, basePath(upstream.url()));
        }
        this.idleTimeoutMillis = config.forwarding().idleTimeout().toMillis();
        this.vertx = vertx;
        this.clientOptions = new HttpClientOptions()
                .setConnectTimeout((int) config.forwarding().connectTimeout().toMillis())
                .setKeepAlive(true)
                .setDecompressionSupported(false);
        // the configured bound holds for all the event loops' clients together
        int eventLoops = 0;
        for (Iterator<EventExecutor> loops = vertx.nettyEventLoopGroup().iterator(); loops.hasNext(); loops.next()) {
            eventLoops++;
        }
        int perEventLoop = Math.ceilDiv(config.forwarding().maxConnectionsPerService(), Math.max(1, eventLoops));
        this.poolOptions = new PoolOptions().setHttp1MaxSize(Math.max(1, perEventLoop));
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
    }

    /** The client of the event loop this request runs on (forward is always called on one). */
    private HttpClient client() {
        ContextInternal context = (ContextInternal) vertx.getOrCreateContext();
        return clients.computeIfAbsent(context.nettyEventLoop(), loop -> vertx.createHttpClient(clientOptions, poolOptions));
    }

    /** The base URL of a family's service. */
    public URI upstream(Family family) {
        return upstreams.get(family);
    }

    /**
     * Forwards the exchange of {@code context} to {@code family}'s service at {@code pathAndQuery} (a path starting
     * with {@code /}, with its query if any), with the request's method and body.
     */
    public void forward(RoutingContext context, Family family, String pathAndQuery) {
        HttpServerRequest in = context.request();
        // nothing of the body is read until the service's connection is there to take it
        in.pause();
        URI base = upstreams.get(family);
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : 80)
                .setURI(basePaths.get(family) + pathAndQuery)
                .setIdleTimeout(idleTimeoutMillis);
        copyRequestHeaders(in.headers(), options, copyTraceContext);
        // RFC 9112 6.3: a request with neither Content-Length nor Transfer-Encoding has no body, and is sent without
        // one (not as an empty chunked body, which some servers misread)
        boolean hasBody = in.headers().contains(HttpHeaders.CONTENT_LENGTH)
                || in.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        client().request(options).onComplete(connected -> {
            if (connected.failed()) {
                unavailable(context, family, connected.cause());
                return;
            }
            HttpClientRequest out = connected.result();
            // The caller gone before the exchange ended (a client that stops an upload and closes): the service's
            // request is cut too, so that the service gives back at once what the upload holds (its upload place,
            // its spool file) instead of at its idle timeout.
            if (context.response().closed()) {
                out.reset();
                return;
            }
            context.response().closeHandler(gone -> out.reset());
            if (in.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
                in.response().writeContinue();
            }
            // send(ReadStream) pipes the body with back-pressure; without a Content-Length it goes chunked
            Future<HttpClientResponse> answer;
            if (hasBody) {
                answer = out.send(in);
            } else {
                in.resume();
                answer = out.send();
            }
            answer.onComplete(answered -> {
                if (answered.failed()) {
                    unavailable(context, family, answered.cause());
                    return;
                }
                relay(context, answered.result(), base);
            });
        });
    }

    private void relay(RoutingContext context, HttpClientResponse answer, URI base) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            answer.request().reset();
            return;
        }
        response.setStatusCode(answer.statusCode());
        response.setStatusMessage(answer.statusMessage());
        for (Map.Entry<String, String> header : answer.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("location")) {
                response.headers().add(header.getKey(), publicLocation(header.getValue(), base, context.request()));
            } else if (GATEWAY_POLICY_HEADERS.contains(name)) {
                if (!response.headers().contains(name)) {
                    response.headers().set(header.getKey(), header.getValue());
                }
            } else if (!HOP_BY_HOP.contains(name)) {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
        boolean bodyless = context.request().method() == HttpMethod.HEAD || answer.statusCode() == 204
                || answer.statusCode() == 304;
        if (!bodyless && !answer.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        // The service answered before the whole body arrived (an upload refused early: 429, 403, 400 ...): the rest
        // of the body would still flow on both connections, and the service's connection would be taken again for
        // another caller's request behind it. Both connections end with this answer.
        boolean answeredEarly = !context.request().isEnded();
        if (answeredEarly) {
            response.headers().set(HttpHeaders.CONNECTION, "close");
        }
        answer.pipeTo(response).onComplete(done -> {
            if (answeredEarly) {
                answer.request().connection().close();
            }
        }).onFailure(failure -> {
            LOG.debugf("forwarding the answer failed: %s", failure.getMessage());
            // the head is already written: the only honest signal left is to cut the connection
            response.reset();
        });
    }

    private void unavailable(RoutingContext context, Family family, Throwable cause) {
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.closed()) {
            LOG.debugf("the %s service failed after the answer started: %s", family.key(), cause.getMessage());
            response.reset();
            return;
        }
        LOG.warnf("the %s service cannot be reached at %s: %s", family.key(), upstreams.get(family), cause.toString());
        Problem problem = Problem.of(ProblemType.UNAVAILABLE,
                "The " + family.key() + " service is unavailable; try again later");
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // let the rest of an unread body drain, then close: the connection's state is unknown
        context.request().resume();
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .putHeader(HttpHeaders.RETRY_AFTER, "5")
                .end(body);
    }

    /**
     * A {@code Location} that names the service's own address (it builds links from the address the gateway
     * called) names the gateway's instead, as the client called it (behind an ingress, its public host and scheme,
     * {@code quarkus.http.proxy.*}); any other is passed on as it is.
     */
    static String publicLocation(String location, URI upstream, HttpServerRequest in) {
        URI target;
        try {
            target = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        int upstreamPort = upstream.getPort() > 0 ? upstream.getPort() : 80;
        int targetPort = target.getPort() > 0 ? target.getPort() : 80;
        if (target.getHost() == null || !target.getHost().equalsIgnoreCase(upstream.getHost())
                || targetPort != upstreamPort) {
            return location;
        }
        URI called = URI.create(in.absoluteURI());
        String origin = called.getScheme() + "://" + called.getRawAuthority();
        return origin + target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }

    private static void copyRequestHeaders(MultiMap headers, RequestOptions options, boolean withTraceContext) {
        // a lookup per header passed on, rather than a walk through every header the caller sent
        for (String name : withTraceContext ? FORWARDED_WITH_TRACE_CONTEXT : FORWARDED) {
            List<String> values = headers.getAll(name);
            for (int i = 0; i < values.size(); i++) {
                options.addHeader(name, values.get(i));
            }
        }
    }

    private static String basePath(URI base) {
        String path = base.getRawPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/+$", "");
    }
}

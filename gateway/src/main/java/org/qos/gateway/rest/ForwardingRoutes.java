package org.qos.gateway.rest;

import java.io.IOException;
import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.qos.common.http.RouteProblems;
import org.qos.common.problem.ProblemType;
import org.qos.gateway.domain.Family;
import org.qos.gateway.service.ApiDocumentService;
import org.qos.gateway.service.UpstreamForwarder;
import org.qos.gateway.service.VerifiedTokens;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The routes the gateway forwards, registered on Quarkus' Vert.x router (after its authentication and
 * authorization handlers, see {@code quarkus.http.auth.permission.api} in application.properties):
 * <ul>
 * <li>{@code /api/v1/{voice|coverage|billing|complaints}/...}, any method, to the family's service, once the
 * bearer token is checked;</li>
 * <li>{@code GET /q/openapi-services/{family}}, open: the service's own OpenAPI document, listed by the gateway's
 * Swagger UI;</li>
 * <li>{@code GET /q/openapi}, open: the whole API in one document (the gateway's operations, which alone are at
 * {@code /q/openapi-gateway}, and every family's), for generated clients; 503 when a service cannot give its
 * document.</li>
 * </ul>
 * Nothing else is forwarded: a service's {@code /q/metrics} or {@code /q/health} stays the platform's business.
 *
 * <p>A read whose bearer token this gateway has verified already ({@link VerifiedTokens}: same token string, not
 * expired, verified at most {@code qos.gateway.token-cache.max-age} ago) is forwarded by a route placed before
 * Quarkus' authentication, without verifying the token again; every other request (no token, an unknown or
 * changed token, a body) goes on through the full chain, whose route forwards it once its token is verified and
 * remembers that token. This is equivalent to {@code quarkus.http.auth.permission.api.policy=authenticated}, the
 * only policy on the forwarded paths (roles and tenancy are the services' to check, on every request): a policy
 * with roles on these paths would have to be checked here too.
 */
@ApplicationScoped
public class ForwardingRoutes {

    /** Where the gateway serves the services' OpenAPI documents. */
    public static final String OPENAPI_SERVICES = "/q/openapi-services";
    /** Where the gateway serves the whole API's document. */
    public static final String OPENAPI_ALL = "/q/openapi";

    /**
     * The verified-token route: before Quarkus' authentication filter (order -200, its priority 200 negated) and
     * after the security headers (SecurityHeaders, and the {@code quarkus.http.header} entries at the first order).
     */
    static final int VERIFIED_TOKEN_ORDER = -250;

    private static final Logger LOG = Logger.getLogger(ForwardingRoutes.class);

    private final UpstreamForwarder forwarder;
    private final ApiDocumentService apiDocument;
    private final VerifiedTokens verifiedTokens;

    ForwardingRoutes(UpstreamForwarder forwarder, ApiDocumentService apiDocument, VerifiedTokens verifiedTokens) {
        this.forwarder = forwarder;
        this.apiDocument = apiDocument;
        this.verifiedTokens = verifiedTokens;
    }

    void register(@Observes Router router) {
        for (Family family : Family.values()) {
            // "/api/v1/voice/*" matches /api/v1/voice and everything under it, never /api/v1/voicex
            router.route(family.apiPrefix() + "/*").order(VERIFIED_TOKEN_ORDER).handler(context -> {
                if (verifiedTokens.verified(VerifiedTokens.reusableBearerToken(context.request()))) {
                    forward(context, family);
                } else {
                    context.next();
                }
            });
            router.route(family.apiPrefix() + "/*").handler(context -> {
                rememberVerifiedToken(context);
                forward(context, family);
            });
            router.get(OPENAPI_SERVICES + "/" + family.key())
                    .handler(context -> forwarder.forward(context, family, withQuery("/q/openapi", context)));
        }
        router.get(OPENAPI_ALL).blockingHandler(this::wholeApi, false);
    }

    private void wholeApi(RoutingContext context) {
        URI called = URI.create(context.request().absoluteURI());
        URI self = URI.create("http://127.0.0.1:" + context.request().localAddress().port());
        try {
            String body = apiDocument.document(self, called.getScheme() + "://" + called.getRawAuthority()).toString();
            context.response().putHeader("Content-Type", "application/json").end(body);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("the whole API's document could not be made: %s", e.getMessage());
            context.response().putHeader("Retry-After", "5");
            RouteProblems.answer(context, ProblemType.UNAVAILABLE, "A service's OpenAPI document cannot be read now");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.fail(e);
        }
    }

    /** After Quarkus' authentication: the token it has just verified for this request, remembered. */
    private void rememberVerifiedToken(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            verifiedTokens.remember(VerifiedTokens.reusableBearerToken(context.request()), user.getSecurityIdentity());
        }
    }

    private void forward(RoutingContext context, Family family) {
        // the path with dot segments resolved: what the route matched is what the service gets
        forwarder.forward(context, family, withQuery(context.normalizedPath(), context));
    }

    private static String withQuery(String path, RoutingContext context) {
        String query = context.request().query();
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }
}

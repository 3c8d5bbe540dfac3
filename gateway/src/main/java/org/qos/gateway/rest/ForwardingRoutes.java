package org.qos.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.qos.gateway.domain.Family;
import org.qos.gateway.service.UpstreamForwarder;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The routes the gateway forwards, registered on Quarkus' Vert.x router (after its authentication and
 * authorization handlers, see {@code quarkus.http.auth.permission.api} in application.properties):
 * <ul>
 * <li>{@code /api/v1/{voice|coverage|billing|complaints}/...}, any method, to the family's service, once the
 * bearer token is checked;</li>
 * <li>{@code GET /q/openapi-services/{family}}, open: the service's own OpenAPI document, listed by the gateway's
 * Swagger UI.</li>
 * </ul>
 * Nothing else is forwarded: a service's {@code /q/metrics} or {@code /q/health} stays the platform's business.
 */
@ApplicationScoped
public class ForwardingRoutes {

    /** Where the gateway serves the services' OpenAPI documents. */
    public static final String OPENAPI_SERVICES = "/q/openapi-services";

    private final UpstreamForwarder forwarder;

    ForwardingRoutes(UpstreamForwarder forwarder) {
        this.forwarder = forwarder;
    }

    void register(@Observes Router router) {
        for (Family family : Family.values()) {
            // "/api/v1/voice/*" matches /api/v1/voice and everything under it, never /api/v1/voicex
            router.route(family.apiPrefix() + "/*").handler(context -> forward(context, family));
            router.get(OPENAPI_SERVICES + "/" + family.key())
                    .handler(context -> forwarder.forward(context, family, withQuery("/q/openapi", context)));
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

package org.qos.common.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.vertx.VertxInputStream;
import org.qos.common.problem.ProblemType;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is 413 with a problem+json body, not the HTTP layer's empty
 * 413. A request that states its {@code Content-Length} is refused before anything else runs (and before its body is
 * read; the connection is closed after the answer). A chunked body is counted as it is read: the services' upload
 * reception refuses one at the limit with the same problem (its own answer), so the HTTP layer's own check of chunked
 * bodies is moved a little further (by {@link #CHUNK_MARGIN}), where it still bounds every other body.
 */
@ApplicationScoped
public class BodyLimitRoutes {

    /** Above the largest chunk the HTTP layer hands over at once (8 KiB for HTTP/1.1, 16 KiB frames for HTTP/2). */
    static final long CHUNK_MARGIN = 64 * 1024;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        // before the HTTP layer's own check (order -2)
        router.route().order(-3).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                long declared;
                try {
                    declared = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    declared = -1; // the HTTP layer refuses a malformed length itself
                }
                if (declared > limit) {
                    tooLarge(context, "The body (" + declared + " bytes) exceeds the limit of " + limit + " bytes");
                    return;
                }
            }
            context.next();
        });
        // after it: a chunked body is counted by whoever reads it; the HTTP layer's check moves past the margin
        router.route().order(-1).handler(context -> {
            if (context.get(VertxInputStream.MAX_REQUEST_SIZE_KEY) != null) {
                context.put(VertxInputStream.MAX_REQUEST_SIZE_KEY, limit + CHUNK_MARGIN);
            }
            context.next();
        });
    }

    private static void tooLarge(RoutingContext context, String detail) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        RouteProblems.answer(context, ProblemType.PAYLOAD_TOO_LARGE, detail);
    }
}

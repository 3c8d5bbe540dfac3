package org.qos.common.http;

import org.qos.common.problem.Problem;
import org.qos.common.problem.ProblemType;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** An RFC 9457 problem answered by a Vert.x route, before any resource runs (the resources' own go through mappers). */
public final class RouteProblems {

    private RouteProblems() {
    }

    /** Ends the exchange with {@code type}'s status and a problem+json body of {@code detail}. */
    public static void answer(RoutingContext context, ProblemType type, String detail) {
        context.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(new JsonObject().put("type", type.uri().toString()).put("title", type.title())
                        .put("status", type.status()).put("detail", detail).encode());
    }
}

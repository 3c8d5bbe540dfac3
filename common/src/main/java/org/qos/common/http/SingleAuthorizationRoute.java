package org.qos.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.qos.common.problem.ProblemType;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * RFC 9110 11.6.2: a request carries one Authorization field. One with several (say a valid token and a tampered one)
 * is 400 before anything reads either: Quarkus would check the first, and whoever reads the headers later might take
 * another. Runs in every service and in the gateway, after the gateway's security headers (the first orders) and
 * before its verified-token route (-250) and Quarkus' authentication (-200).
 */
@ApplicationScoped
public class SingleAuthorizationRoute {

    static final int ORDER = -260;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            if (context.request().headers().getAll(HttpHeaders.AUTHORIZATION).size() > 1) {
                RouteProblems.answer(context, ProblemType.INVALID_REQUEST, "Send one Authorization header, not several");
            } else {
                context.next();
            }
        });
    }
}

package org.qos.common.http;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.qos.common.problem.ProblemType;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A body is sent as it is: a request whose {@code Content-Encoding} names a coding (gzip, deflate, br …) is 415
 * (RFC 9110 15.5.16) before anything reads it. The services do not decompress bodies (an upload's size limit and
 * its digest are of the bytes received), and reading compressed bytes as CSV or JSON would answer with errors about
 * characters the client never wrote. Runs in every service and in the gateway, next to
 * {@link SingleAuthorizationRoute}.
 */
@ApplicationScoped
public class UnencodedBodyRoute {

    static final int ORDER = SingleAuthorizationRoute.ORDER + 1;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            for (String value : context.request().headers().getAll(HttpHeaders.CONTENT_ENCODING)) {
                for (String coding : value.split(",")) {
                    String name = coding.trim().toLowerCase(Locale.ROOT);
                    if (!name.isEmpty() && !name.equals("identity")) {
                        RouteProblems.answer(context, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding '" + name
                                + "' is not accepted: send the body uncompressed");
                        return;
                    }
                }
            }
            context.next();
        });
    }
}

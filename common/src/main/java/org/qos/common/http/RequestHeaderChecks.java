package org.qos.common.http;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.qos.common.problem.ProblemType;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * The request headers refused before anything reads the request, in one route of every service and of the gateway
 * (after the gateway's security headers, the first orders, and before its verified-token route, -250, and Quarkus'
 * authentication, -200):
 * <ul>
 * <li>several Authorization fields (RFC 9110 11.6.2: a request carries one), say a valid token and a tampered one:
 * 400, since Quarkus would check the first and whoever reads the headers later might take another;</li>
 * <li>a {@code Content-Encoding} naming a coding (gzip, deflate, br …): 415 (RFC 9110 15.5.16). The services do not
 * decompress bodies (an upload's size limit and its digest are of the bytes received), and compressed bytes read as
 * CSV or JSON would answer with errors about characters the client never wrote. {@code identity} is accepted.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestHeaderChecks {

    static final int ORDER = -260;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            MultiMap headers = context.request().headers();
            String coding;
            if (headers.getAll(HttpHeaders.AUTHORIZATION).size() > 1) {
                RouteProblems.answer(context, ProblemType.INVALID_REQUEST, "Send one Authorization header, not several");
            } else if ((coding = contentCoding(headers)) != null) {
                RouteProblems.answer(context, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding '" + coding
                        + "' is not accepted: send the body uncompressed");
            } else {
                context.next();
            }
        });
    }

    /** The first coding other than identity that the request's Content-Encoding names; null when none. */
    private static String contentCoding(MultiMap headers) {
        if (!headers.contains(HttpHeaders.CONTENT_ENCODING)) {
            return null; // nearly every request: no list made
        }
        for (String value : headers.getAll(HttpHeaders.CONTENT_ENCODING)) {
            for (String coding : value.split(",")) {
                String name = coding.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.equals("identity")) {
                    return name;
                }
            }
        }
        return null;
    }
}

package org.qos.gateway.rest;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.qos.gateway.config.PortalConfig;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * The two security headers that configuration alone cannot give (the fixed ones, {@code X-Content-Type-Options},
 * {@code X-Frame-Options}, {@code Referrer-Policy}, and the pages' {@code Cache-Control}, are
 * {@code quarkus.http.header} and {@code quarkus.http.filter} entries of application.properties):
 * <ul>
 * <li>{@code Content-Security-Policy} on the portal's pages ({@code /}, {@code /index.html}, {@code /public.html}):
 * scripts, styles and images from the gateway only (no inline script or style, no {@code eval}), network calls to
 * the gateway and to Keycloak, whose origin comes from {@code qos.portal.oidc-url} (keycloak-js exchanges the code
 * and refreshes tokens there), forms to the same two, no plug-ins, no frames, and never framed
 * ({@code frame-ancestors 'none'});</li>
 * <li>{@code Content-Security-Policy} on Swagger UI ({@code /q/swagger-ui}): its page is generated with an inline
 * script and inline styles, which it keeps, but nothing else: no plug-ins, no frames, never framed, calls to the
 * gateway only (the API documents and "Try it out"), no form or base URL elsewhere;</li>
 * <li>{@code Strict-Transport-Security} on every answer to a request that came over HTTPS: the gateway's own TLS
 * or, behind the Ingress ({@code QOS_BEHIND_PROXY=true}), the scheme of {@code X-Forwarded-Proto}. Never over
 * plain HTTP (RFC 6797 section 7.2; the local stack), where a browser would ignore it anyway.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    /** One year; not for sub-domains (the gateway does not speak for its parent domain's other hosts). */
    public static final String HSTS = "max-age=31536000";

    /** The portal's HTML pages. */
    static final Pattern PAGES = Pattern.compile("/|/index\\.html|/public\\.html");

    /** Swagger UI's pages and assets. */
    static final Pattern SWAGGER_UI = Pattern.compile("/q/swagger-ui(/.*)?");

    /** Swagger UI's policy: its generated page needs its inline script and styles, and nothing from elsewhere. */
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "form-action 'none'; frame-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'";

    /** Before Quarkus' authentication (which may answer 401 first) and the static resources. */
    private static final int ORDER = Integer.MIN_VALUE + 2;

    private final String pagePolicy;

    SecurityHeaders(PortalConfig portal) {
        this.pagePolicy = pagePolicy(origin(portal.oidcUrl()));
    }

    /** The policy of the portal's pages, given Keycloak's origin as the browser reaches it. */
    static String pagePolicy(String keycloakOrigin) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + keycloakOrigin + "; form-action 'self' " + keycloakOrigin + "; "
                + "frame-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'";
    }

    /** {@code scheme://host[:port]} of a URL, as a CSP source expression. */
    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    /** The page policy in force (for the tests). */
    public String pagePolicy() {
        return pagePolicy;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            if ("https".equalsIgnoreCase(context.request().scheme())) {
                context.response().putHeader("Strict-Transport-Security", HSTS);
            }
            context.next();
        });
        for (HttpMethod method : new HttpMethod[] {HttpMethod.GET, HttpMethod.HEAD}) {
            router.routeWithRegex(method, PAGES.pattern()).order(ORDER).handler(context -> {
                context.response().putHeader("Content-Security-Policy", pagePolicy);
                context.next();
            });
            router.routeWithRegex(method, SWAGGER_UI.pattern()).order(ORDER).handler(context -> {
                context.response().putHeader("Content-Security-Policy", SWAGGER_UI_POLICY);
                context.next();
            });
        }
    }
}

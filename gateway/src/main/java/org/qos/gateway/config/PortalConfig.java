package org.qos.gateway.config;

import java.net.URI;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the browser portal served at {@code /} needs to know to sign a user in (see PortalConfigResource). */
@ConfigMapping(prefix = "qos.portal")
public interface PortalConfig {

    /**
     * The realm's issuer URL as the browser reaches it, e.g. {@code http://127.0.0.1:8180/realms/qos}. By default
     * the gateway's own {@code quarkus.oidc.auth-server-url}; a cluster whose Keycloak has another public address
     * sets {@code QOS_PORTAL_OIDC_URL}. Must end in {@code /realms/<realm>}.
     */
    URI oidcUrl();

    /** The public Keycloak client of the portal (authorization code flow with PKCE). */
    @WithDefault("qos-portal")
    String clientId();
}

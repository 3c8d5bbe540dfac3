package org.qos.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.gateway.config.PortalConfig;

/**
 * The portal's sign-in settings, open to everyone (no token: the page needs them before anyone signs in). Only
 * public facts: where Keycloak is, the realm and the public client id.
 */
@Path("/portal/config.json")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal")
public class PortalConfigResource {

    private static final String REALMS = "/realms/";

    /** The answer: {@code url} (Keycloak's base URL), {@code realm}, {@code clientId} — keycloak-js's options. */
    public record PortalSettings(String url, String realm, String clientId) {
    }

    private final PortalSettings settings;

    public PortalConfigResource(PortalConfig config) {
        String issuer = config.oidcUrl().toString().replaceAll("/+$", "");
        int at = issuer.lastIndexOf(REALMS);
        if (at < 0 || at + REALMS.length() == issuer.length()) {
            throw new IllegalStateException("qos.portal.oidc-url must end in /realms/<realm>: " + issuer);
        }
        this.settings = new PortalSettings(issuer.substring(0, at), issuer.substring(at + REALMS.length()),
                config.clientId());
    }

    @GET
    @Operation(operationId = "getPortalConfig", summary = "The web portal's sign-in settings (Keycloak URL, realm, public client id); no token needed")
    public PortalSettings settings() {
        return settings;
    }
}

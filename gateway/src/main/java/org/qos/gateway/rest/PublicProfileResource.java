package org.qos.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.common.profile.QualityProfile;

/** The quality profile in force, open to everyone: what the portal and open-data consumers label results with. */
@Path("/api/v1/public/profile")
@Tag(name = "Publications")
public class PublicProfileResource {

    private final ProfileView profile;

    public PublicProfileResource(QualityProfile profile) {
        this.profile = ProfileView.of(profile);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getQualityProfile", summary = "The quality profile in force (no token needed)",
            description = "The standard, its time zone, and each KPI's clause, unit, target and display names in the"
                    + " profile's languages: results carry only the KPI id, labelled with these names.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public Response get() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(profile).cacheControl(cache).build();
    }
}

package org.qos.gateway.rest;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.common.problem.Problem;
import org.qos.common.problem.ProblemException;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.DateRanges;
import org.qos.common.validation.QueryParams;
import org.qos.gateway.service.PublicationDocument;
import org.qos.gateway.service.PublicationService;

import io.quarkus.security.identity.SecurityIdentity;

/** The regulator publishes the scorecards of a period; the public reads them at {@link PublicPublicationResource}. */
@Path("/api/v1/publications")
@Tag(name = "Publications")
public class PublicationResource {

    private final PublicationService publications;
    private final SecurityIdentity identity;

    public PublicationResource(PublicationService publications, SecurityIdentity identity) {
        this.publications = publications;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishScorecards", summary = "Publish the scorecards of every operator for a period (regulator)",
            description = "Freezes the scorecards of every operator with a result in [from, to] into an immutable"
                    + " snapshot with the quality profile, the methods and every result's sample; it is then open"
                    + " data at /api/v1/public/publications/{id}. Nothing is published while a family does not"
                    + " answer (503). A period has one current publication: publishing it again makes its next"
                    + " revision (revision, supersedes), which must say why (reason; 400 without) and replaces it in"
                    + " the public list; the superseded one stays readable by id, with supersededBy. None is ever"
                    + " changed.")
    @APIResponse(responseCode = "201", description = "Published; Location names the public document",
            content = @Content(schema = @Schema(implementation = PublicationDocument.class)))
    @APIResponse(responseCode = "400", description = "A missing or invalid date, to before from, an invalid reason,"
            + " or none for a period that has a publication",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No token, or a token that is invalid or expired")
    @APIResponse(responseCode = "403", description = "Not the regulator")
    @APIResponse(responseCode = "409", description = "No operator has a result in the period, or another publication"
            + " of the period took the same revision at the same moment (nothing stored: try again)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A family did not answer: nothing was published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(PublicationRequest request,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (request == null) {
            throw ProblemException.invalidField("from", "is required (YYYY-MM-DD): the body is empty");
        }
        LocalDate from = QueryParams.date("from", request.from());
        LocalDate to = QueryParams.date("to", request.to());
        DateRanges.requireWindow(from, to);
        String reason = reason(request.reason());
        PublicationService.Published published = publications.publish(Caller.of(identity), from, to, reason,
                authorization);
        return Response.created(URI.create(PublicPublicationResource.PATH + "/" + published.document().id()))
                .type(MediaType.APPLICATION_JSON).entity(published.json()).build();
    }

    /** An absent reason is null (the service decides whether one is needed); a given one is bounded text. */
    private static String reason(String reason) {
        if (reason == null) {
            return null;
        }
        if (reason.isBlank()) {
            throw ProblemException.invalidField("reason", "must not be blank");
        }
        if (reason.length() > PublicationRequest.REASON_MAX_LENGTH) {
            throw ProblemException.invalidField("reason",
                    "must have at most " + PublicationRequest.REASON_MAX_LENGTH + " characters");
        }
        return reason;
    }
}

package org.qos.complaints.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.common.problem.Problem;
import org.qos.common.problem.ProblemException;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.QueryParams;
import org.qos.complaints.domain.ComplaintStatus;
import org.qos.complaints.service.ComplaintService;

import io.quarkus.security.identity.SecurityIdentity;

/** Clause 3.8's complaint lifecycle over HTTP: translates requests and answers, nothing more. */
@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
@Tag(name = "Complaints (clause 3.8)")
public class ComplaintResource {

    private final ComplaintService service;
    private final SecurityIdentity identity;

    public ComplaintResource(ComplaintService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a received complaint", description = "An operator records complaints of its own"
            + " operatorId only; the regulator for any operator. The answer is due 48 h after receivedAt"
            + " (responseDueAt). receivedAt may not lie in the future.")
    @APIResponse(responseCode = "201", description = "Stored, status OPEN; Location names it",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "The complaint's receipt or due time lies in a closed reporting"
            + " period of the operator", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public Response create(ComplaintRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalidField("(body)", "a complaint object is required");
        }
        ComplaintView created = service.create(request, caller());
        URI location = uri.getBaseUriBuilder().path("api/v1/complaints").path(created.id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Operation(summary = "List complaints", description = "Newest received first (ties by id), paged, with"
            + " X-Total-Count. For an operator, operatorId defaults to its own and another one is 403. status OVERDUE ="
            + " open and past due at the time of the request; OPEN = open and not yet past due. from/to: received on"
            + " these dates (inclusive, in the profile's time zone +07:00).")
    @APIResponse(responseCode = "200", description = "A page of complaints",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ComplaintView.class)))
    public Response list(@QueryParam("operatorId") String operatorId,
            @Parameter(description = "OPEN, ANSWERED or OVERDUE") @QueryParam("status") String status,
            @Parameter(description = "Received on or after this date (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Received on or before this date (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "From 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 1000, default 100") @QueryParam("size") String size) {
        return service.list(operatorId, QueryParams.code("status", status, ComplaintStatus.class),
                QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.page(page, size), caller())
                .toResponse();
    }

    @GET
    @Path("/alerts")
    @Operation(summary = "Complaints to answer now", description = "Open complaints already past due (OVERDUE) and"
            + " those due within the next withinHours hours (OPEN), most urgent first, paged with X-Total-Count. For an"
            + " operator, operatorId defaults to its own and another one is 403.")
    @APIResponse(responseCode = "200", description = "A page of alerts",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AlertView.class)))
    public Response alerts(@QueryParam("operatorId") String operatorId,
            @Parameter(description = "0 to 720; default qos.complaints.alert-within-hours (12)")
            @QueryParam("withinHours") String withinHours,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.alerts(operatorId, withinHours == null || withinHours.isEmpty() ? null
                : QueryParams.integer("withinHours", withinHours, 0),
                QueryParams.page(page, size), caller())
                .toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a complaint", description = "With its derived status and every contact")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "404", description = "No such complaint")
    public ComplaintView get(@PathParam("id") UUID id) {
        return service.get(id, caller());
    }

    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the written answer or a call-back", description = "written = true: the written"
            + " answer; the complaint becomes ANSWERED with onTime = respondedAt <= responseDueAt (exactly 48 h is on"
            + " time). A second written answer is 409. written = false: a call-back, stored as a contact; the complaint"
            + " stays open. respondedAt before the complaint was received, or in the future, is 400.")
    @APIResponse(responseCode = "200", description = "The complaint with its contacts",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "404", description = "No such complaint")
    @APIResponse(responseCode = "409", description = "The complaint already has its written answer, or is due in a"
            + " closed reporting period of the operator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComplaintView respond(@PathParam("id") UUID id, ResponseRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("(body)", "a response object is required");
        }
        return service.respond(id, request, caller());
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}

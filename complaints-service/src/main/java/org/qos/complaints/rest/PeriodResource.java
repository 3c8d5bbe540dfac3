package org.qos.complaints.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.common.paging.Page;
import org.qos.common.problem.Problem;
import org.qos.common.problem.ProblemException;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.QueryParams;
import org.qos.complaints.service.PeriodService;

import io.quarkus.security.identity.SecurityIdentity;

/** Reporting periods of complaints and support (clauses 3.8, 3.9) over HTTP: closing one, and the list. */
@Path("/api/v1/complaints/periods")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
@Tag(name = "Complaints (clause 3.8)")
public class PeriodResource {

    private final PeriodService service;
    private final SecurityIdentity identity;
    private final QualityProfile profile;

    public PeriodResource(PeriodService service, SecurityIdentity identity, QualityProfile profile) {
        this.service = service;
        this.identity = identity;
        this.profile = profile;
    }

    @POST
    @RolesAllowed(Roles.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeComplaintsPeriod", summary = "Close a reporting period (regulator)", description = """
            Closes the reporting period [from, to] of one operator (inclusive dates in the profile's time zone, at
            most 366 days) once its last due time, the end + 48 h (the day after to, 00:00 +07:00, + 48 h), has
            passed. Its KPI results (complaints.response-48h, complaints.rate with the subscriber count in force,
            support.availability, support.answered-60s) are computed and frozen in the same transaction, each marked
            "frozen": true with closedAt and periodId; GET /api/v1/complaints/compliance for exactly these dates
            answers them from then on. Afterwards, for that operator: a complaint received or due inside the period,
            a response to a complaint due inside it, an outage overlapping it and support calls inside it are 409;
            its rows may be purged once past their retention. 409 before the end + 48 h (the detail says from when)
            and for a period overlapping one of the operator's closed periods.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PeriodRequest.class)))
    @APIResponse(responseCode = "201", description = "Closed; Location names the list of the operator's periods",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    @APIResponse(responseCode = "400", description = "A field missing or invalid (named in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the regulator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Before the end + 48 h, or overlapping a closed period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response close(PeriodRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalidField("(body)", "a period object is required");
        }
        PeriodView closed = PeriodView.of(service.close(request.operatorId(), request.from(), request.to(), caller()),
                profile.zone());
        URI location = uri.getBaseUriBuilder().path("api/v1/complaints/periods")
                .queryParam("operatorId", closed.operatorId()).build();
        return Response.created(location).entity(closed).build();
    }

    @GET
    @Operation(operationId = "listComplaintsPeriods", summary = "List closed reporting periods", description = """
            Closed reporting periods with their frozen results, latest period first, paged with X-Total-Count. For
            an operator, operatorId defaults to its own and another one is 403; the regulator sees every operator's
            unless it names one.""")
    @APIResponse(responseCode = "200", description = "A page of closed periods",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PeriodView.class)))
    @APIResponse(responseCode = "403", description = "Another operator's periods",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Whose periods", example = "ALPHA") @QueryParam("operatorId")
            String operatorId,
            @Parameter(description = "From 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 1000, default 100") @QueryParam("size") String size) {
        var found = service.list(operatorId, QueryParams.page(page, size), caller());
        return new Page<>(found.items().stream().map(p -> PeriodView.of(p, profile.zone())).toList(), found.total())
                .toResponse();
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}

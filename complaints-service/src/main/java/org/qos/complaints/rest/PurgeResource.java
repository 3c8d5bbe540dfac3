package org.qos.complaints.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.common.retention.PurgeRecord;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.QueryParams;
import org.qos.complaints.service.RetentionService;

import io.quarkus.security.identity.SecurityIdentity;

/** The retention purge's log over HTTP (regulator only). */
@Path("/api/v1/complaints/purges")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.REGULATOR)
@Tag(name = "Complaints (clause 3.8)")
public class PurgeResource {

    private final RetentionService service;
    private final SecurityIdentity identity;

    public PurgeResource(RetentionService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listComplaintsPurges", summary = "The retention purge log (regulator)", description = """
            One record per retention purge that ran, latest first, paged with X-Total-Count: the retention in force
            (P1Y by default: a row dated t is kept until the same date and time a year later, 29 February until
            1 March), the cutoff, and by kind (complaints, contacts, outages, supportCalls) how many rows were removed
            and how many were past their retention but kept because they lie in no closed reporting period (rows of
            a period not yet closed are never removed). A purge skipped because another replica was purging, or
            because a lock was not granted in time, removed nothing and is not listed.""")
    @APIResponse(responseCode = "200", description = "A page of purge records",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PurgeRecord.class)))
    public Response list(@Parameter(description = "From 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 1000, default 100") @QueryParam("size") String size) {
        return service.log(QueryParams.page(page, size), Caller.of(identity)).toResponse();
    }
}

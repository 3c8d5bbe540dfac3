package org.qos.complaints.rest;

import java.io.InputStream;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.campaigns.rest.UploadParams;
import org.qos.common.problem.Problem;
import org.qos.common.problem.ProblemException;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.QueryParams;
import org.qos.complaints.service.SupportLineService;

import io.quarkus.security.identity.SecurityIdentity;

/** Subscriber counts (clause 3.8.2) and the support line (clause 3.9) over HTTP. */
@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
@Tag(name = "Customer support (clause 3.9) and subscriber counts")
public class SupportLineResource {

    /** Also the CSV example, written as CSV. */
    private static final String CALLS_EXAMPLE = """
            [{"callId": "SC-000001", "at": "2026-07-01T08:30:00+07:00", "answeredAfterSeconds": 42},
             {"callId": "SC-000002", "at": "2026-07-01T08:31:10+07:00", "answeredAfterSeconds": null},
             {"callId": "SC-000003", "at": "2026-07-01T08:35:00+07:00", "answeredAfterSeconds": 75.5}]""";

    private static final String CALLS_DESCRIPTION = """
            The operator's support-call log, for the informative share answered within 60 s: rows callId, at,
            answeredAfterSeconds (0 to 86400; null or an empty CSV cell = abandoned).""";
    private static final String CALLS_RULES = """
             Whose calls: an operator's own (operatorId may be left out; naming another operator is 403); the
            regulator must name the operator with operatorId. callIds are unique per operator: one repeated within the
            batch is 400, one stored by an earlier batch is 409. All or nothing: one bad row and nothing is stored.""";
    private static final String OPERATOR = "Whose calls: defaults to the operator's own; required for the regulator";

    private final SupportLineService service;
    private final SecurityIdentity identity;

    public SupportLineResource(SupportLineService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Path("/subscriber-counts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a subscriber count", description = "The operator reports its customers as of a date;"
            + " the regulator may correct it by posting another count. The latest asOf on or before a period's end is in"
            + " force; for one asOf the regulator's count stands over the operator's whatever the order they were"
            + " recorded in (among counts of one role, the latest recorded), and complaint-rate results record which one."
            + " A count is 1 or more and at most the service's ceiling (default 1,000,000,000): 400 naming count"
            + " otherwise.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the list of counts",
            content = @Content(schema = @Schema(implementation = SubscriberCountView.class)))
    public Response recordSubscriberCount(SubscriberCountRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalidField("(body)", "a subscriber-count object is required");
        }
        SubscriberCountView created = service.recordSubscriberCount(request, caller());
        URI location = uri.getBaseUriBuilder().path("api/v1/complaints/subscriber-counts").build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("/subscriber-counts")
    @Operation(summary = "List subscriber counts", description = "Latest asOf first, paged, with X-Total-Count")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SubscriberCountView.class)))
    public Response subscriberCounts(@QueryParam("operatorId") String operatorId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.subscriberCounts(operatorId,
                QueryParams.page(page, size), caller())
                .toResponse();
    }

    @POST
    @Path("/support-outages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a support-line outage", description = "Stored as sent; overlapping outages are merged"
            + " only when availability is computed, so no time counts twice. endedAt must be after startedAt.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the list of outages",
            content = @Content(schema = @Schema(implementation = OutageView.class)))
    @APIResponse(responseCode = "409", description = "The outage overlaps a closed reporting period of the operator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordOutage(OutageRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalidField("(body)", "an outage object is required");
        }
        OutageView created = service.recordOutage(request, caller());
        URI location = uri.getBaseUriBuilder().path("api/v1/complaints/support-outages").build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("/support-outages")
    @Operation(summary = "List support-line outages", description = "Latest start first, paged, with X-Total-Count")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OutageView.class)))
    public Response outages(@QueryParam("operatorId") String operatorId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.outages(operatorId,
                QueryParams.page(page, size), caller())
                .toResponse();
    }

    @POST
    @Path("/support-calls")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(operationId = "uploadSupportCalls", summary = "Upload support calls",
            description = CALLS_DESCRIPTION + CALLS_RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = SupportCallRow.class), examples = @ExampleObject(name = "calls", value = CALLS_EXAMPLE)))
    public BatchReceipt uploadCalls(
            @Parameter(description = OPERATOR, example = "ALPHA") @QueryParam("operatorId") String operatorId,
            @BeanParam UploadParams upload, InputStream body) {
        return service.uploadCalls(operatorId, caller(), upload.of(body));
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}

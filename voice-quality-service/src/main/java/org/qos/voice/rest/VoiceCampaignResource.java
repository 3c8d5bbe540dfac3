package org.qos.voice.rest;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.common.batch.BatchReceipt;
import org.qos.common.batch.BatchRecord;
import org.qos.common.batch.BodyFormat;
import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.Problem;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.voice.service.VoiceCampaignService;

import io.quarkus.security.identity.SecurityIdentity;

/** Clause 3.4 over HTTP: translates requests and answers, nothing more. */
@Path("/api/v1/voice")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
@SecurityRequirement(name = "bearer")
@Tag(name = "Voice quality (clause 3.4)")
@APIResponse(responseCode = "400", description = "Invalid input, naming the row and field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No token, or a token that is invalid or expired")
@APIResponse(responseCode = "403", description = "Another operator's data",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class VoiceCampaignResource {

    private static final String SAMPLES_CSV_EXAMPLE = """
            callId,startedAt,score,speedKmh,onNet
            C-000001,2026-07-01T08:30:00+07:00,3.8,12.5,true
            C-000002,2026-07-01T08:32:10+07:00,2.9,31,true""";
    private static final String SAMPLES_JSON_EXAMPLE = """
            [{"callId": "C-000001", "startedAt": "2026-07-01T08:30:00+07:00", "score": 3.8, "speedKmh": 12.5, "onNet": true}]""";

    private final VoiceCampaignService service;
    private final SecurityIdentity identity;

    public VoiceCampaignResource(VoiceCampaignService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Path("/campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a campaign", description = "An operator creates campaigns for its own operatorId only;"
            + " the regulator for any operator. A CUSTOMER_SURVEY needs subscriberCount (its minimum sample is"
            + " ceil(1 % of it)).")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response create(CampaignRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (request == null) {
            throw org.qos.common.problem.ProblemException.invalidField("(body)", "a campaign object is required");
        }
        CampaignView created = service.create(request, caller());
        URI location = uri.getBaseUriBuilder().path("api/v1/voice/campaigns").path(created.id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("/campaigns")
    @Operation(summary = "List campaigns", description = "Newest first, paged, with X-Total-Count. For an operator,"
            + " operatorId defaults to its own and another one is 403. from/to keep campaigns whose period lies inside.")
    @APIResponse(responseCode = "200", description = "A page of campaigns",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CampaignView.class)))
    public Response list(@QueryParam("operatorId") String operatorId,
            @Parameter(description = "Periods starting on or after this date") @QueryParam("from") LocalDate from,
            @Parameter(description = "Periods ending on or before this date") @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") Integer page,
            @QueryParam("size") @DefaultValue("100") Integer size) {
        return service.list(operatorId, from, to, PageRequest.of(page, size), caller()).toResponse();
    }

    @GET
    @Path("/campaigns/{id}")
    @Operation(summary = "Get a campaign")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    public CampaignView get(@PathParam("id") UUID id) {
        return service.get(id, caller());
    }

    @POST
    @Path("/campaigns/{id}/samples")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(summary = "Upload samples", description = """
            Rows by the campaign's method. OBJECTIVE: callId, startedAt, score (1.0-5.0, MOS-LQO), speedKmh, onNet;
            rows off the network (OFF_NET) or above 30 km/h (OVER_SPEED) are stored and excluded. CUSTOMER_SURVEY:
            respondentId, channel (MAIL|EMAIL|FAX|PHONE), handsetModel, usageMonths, score (1-5), reasons (codes of
            the appendix, only with a score of 3 or less; in CSV separated by ';'). EXPERT_PANEL: expertId,
            successfulCalls, score (1-5); fewer than 30 successful calls is TOO_FEW_CALLS.
            JSON array or CSV with a header of the field names. All or nothing: one bad row and nothing is stored.""")
    @RequestBody(content = {
            @Content(mediaType = BodyFormat.TEXT_CSV, examples = @ExampleObject(name = "objective", value = SAMPLES_CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "objective", value = SAMPLES_JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Stored (or, with dryRun, valid)",
            content = @Content(schema = @Schema(implementation = BatchReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "Campaign closed, a row id stored by an earlier batch, or an"
            + " Idempotency-Key reused with another body")
    @APIResponse(responseCode = "413", description = "Body over the configured limit")
    public BatchReceipt upload(@PathParam("id") UUID id,
            @Parameter(description = "Validate only; store nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Repeat a request safely: the same key and body answer as the first time")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @jakarta.ws.rs.core.Context HttpHeaders headers,
            InputStream body) {
        return service.upload(id, caller(), BodyFormat.of(headers.getMediaType()), body, dryRun,
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey);
    }

    @GET
    @Path("/campaigns/{id}/batches")
    @Operation(summary = "List a campaign's uploads", description = "Who uploaded, when, how many rows, SHA-256 of the body; newest first")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BatchRecord.class)))
    public Response batches(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") Integer page,
            @QueryParam("size") @DefaultValue("100") Integer size) {
        return service.batches(id, PageRequest.of(page, size), caller()).toResponse();
    }

    @POST
    @Path("/campaigns/{id}/close")
    @Operation(summary = "Close a campaign", description = "Freezes it: later uploads are 409 and its result no longer changes")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "Already closed")
    public CampaignView close(@PathParam("id") UUID id) {
        return service.close(id, caller());
    }

    @GET
    @Path("/campaigns/{id}/result")
    @Operation(summary = "The campaign's KPI result", description = "voice.quality: share of valid calls (opinions)"
            + " scoring 3 or more, target >= 0.90, with the Clopper-Pearson 95 % interval. A survey result adds the"
            + " histogram of reasons.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KpiResult.class)))
    public JsonNode result(@PathParam("id") UUID id) {
        return service.result(id, caller());
    }

    @GET
    @Path("/compliance")
    @Operation(summary = "KPI results of every campaign whose period lies inside [from, to]")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KpiResult.class)))
    public List<JsonNode> compliance(@QueryParam("operatorId") String operatorId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return service.compliance(operatorId, from, to, caller());
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}

package org.qos.billing.rest;

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
import jakarta.ws.rs.core.Context;
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
import org.qos.billing.service.BillingCampaignService;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchRecord;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.Problem;
import org.qos.common.problem.ProblemException;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Clause 3.6 over HTTP: translates requests and answers, nothing more. */
@Path("/api/v1/billing/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
@SecurityRequirement(name = "bearer")
@Tag(name = "Charging accuracy by test calls (clause 3.6)")
@APIResponse(responseCode = "400", description = "Invalid input, naming the row and field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No token, or a token that is invalid or expired")
@APIResponse(responseCode = "403", description = "Another operator's data",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BillingCampaignResource {

    private static final String CALLS_CSV_EXAMPLE = """
            callId,caller,callee,direction,startedAt,durationSeconds
            C-0001,+84 24 3825 1234,0912 345 678,MOBILE,2026-04-02T09:00:00+07:00,120
            C-0002,024 3825 1234,024 3936 0000,PSTN,2026-04-02T09:05:00+07:00,65""";
    private static final String CALLS_JSON_EXAMPLE = """
            [{"callId": "C-0001", "caller": "+84 24 3825 1234", "callee": "0912 345 678", "direction": "MOBILE",
              "startedAt": "2026-04-02T09:00:00+07:00", "durationSeconds": 120}]""";
    private static final String RECORDS_CSV_EXAMPLE = """
            recordId,caller,callee,startedAt,durationSeconds,charge
            R-0001,842438251234,0912345678,2026-04-02T09:00:03+07:00,121,1600""";
    private static final String RECORDS_JSON_EXAMPLE = """
            [{"recordId": "R-0001", "caller": "842438251234", "callee": "0912345678",
              "startedAt": "2026-04-02T09:00:03+07:00", "durationSeconds": 121, "charge": 1600}]""";

    private final BillingCampaignService service;
    private final SecurityIdentity identity;

    public BillingCampaignResource(BillingCampaignService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a test-call campaign", description = "An operator creates campaigns for its own"
            + " operatorId only; the regulator for any operator. durationToleranceSeconds defaults to 1,"
            + " matchWindowSeconds to 30 (each 0 to 600).")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response create(CampaignRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalidField("(body)", "a campaign object is required");
        }
        CampaignView created = service.create(request, caller());
        URI location = uri.getBaseUriBuilder().path("api/v1/billing/campaigns").path(created.id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Operation(summary = "List test-call campaigns", description = "Newest first, paged, with X-Total-Count. For an"
            + " operator, operatorId defaults to its own and another one is 403. from/to keep campaigns whose period"
            + " lies inside.")
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
    @Path("/{id}")
    @Operation(summary = "Get a test-call campaign")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    public CampaignView get(@PathParam("id") UUID id) {
        return service.get(id, caller());
    }

    @POST
    @Path("/{id}/test-calls")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(summary = "Upload the test equipment's calls (the truth)", description = """
            Rows: callId (unique in the campaign), caller, callee (numbers as logged; they compare as their digits
            only, and one without digits is invalid), direction (ON_NET, OTHER_PHS, PSTN, MOBILE), startedAt
            (ISO-8601 with offset), durationSeconds (whole seconds, 0 to 86400). Calls shorter than 60 s or longer
            than 360 s are stored and excluded (OUT_OF_RANGE_DURATION; exactly 60 and 360 count). JSON array or CSV
            with a header of the field names. All or nothing.""")
    @RequestBody(content = {
            @Content(mediaType = BodyFormat.TEXT_CSV, examples = @ExampleObject(name = "calls", value = CALLS_CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "calls", value = CALLS_JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Stored (or, with dryRun, valid)",
            content = @Content(schema = @Schema(implementation = BatchReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "Campaign closed, a callId stored by an earlier batch, or an"
            + " Idempotency-Key reused with another body")
    @APIResponse(responseCode = "413", description = "Body over the configured limit")
    public BatchReceipt uploadCalls(@PathParam("id") UUID id,
            @Parameter(description = "Validate only; store nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Repeat a request safely: the same key and body answer as the first time")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context HttpHeaders headers, InputStream body) {
        return service.uploadCalls(id, caller(), BodyFormat.of(headers.getMediaType()), body, dryRun, key(idempotencyKey));
    }

    @POST
    @Path("/{id}/charging-records")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(summary = "Upload the operator's charging records of the test numbers", description = """
            Rows: recordId (unique in the campaign), caller, callee (digits compare), startedAt (the switch's
            clock), durationSeconds (whole seconds, 0 to 86400), charge (0 or more). All or nothing; a recordId
            repeated within the batch is 400, one stored by an earlier batch 409.""")
    @RequestBody(content = {
            @Content(mediaType = BodyFormat.TEXT_CSV, examples = @ExampleObject(name = "records", value = RECORDS_CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "records", value = RECORDS_JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Stored (or, with dryRun, valid)",
            content = @Content(schema = @Schema(implementation = BatchReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "Campaign closed, a recordId stored by an earlier batch, or an"
            + " Idempotency-Key reused with another body")
    @APIResponse(responseCode = "413", description = "Body over the configured limit")
    public BatchReceipt uploadRecords(@PathParam("id") UUID id,
            @Parameter(description = "Validate only; store nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Repeat a request safely: the same key and body answer as the first time")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context HttpHeaders headers, InputStream body) {
        return service.uploadRecords(id, caller(), BodyFormat.of(headers.getMediaType()), body, dryRun,
                key(idempotencyKey));
    }

    @GET
    @Path("/{id}/batches")
    @Operation(summary = "List a campaign's uploads", description = "Who uploaded, when, how many rows, SHA-256 of the body; newest first")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BatchRecord.class)))
    public Response batches(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") Integer page,
            @QueryParam("size") @DefaultValue("100") Integer size) {
        return service.batches(id, PageRequest.of(page, size), caller()).toResponse();
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close a campaign", description = "Freezes it: later uploads are 409 and its results no longer change")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "Already closed")
    public CampaignView close(@PathParam("id") UUID id) {
        return service.close(id, caller());
    }

    @GET
    @Path("/{id}/result")
    @Operation(summary = "The campaign's two KPI results", description = """
            [billing.wrong-calls, billing.wrong-time]. Reconciliation: a record matches a call when caller and callee
            digits are equal and the starts differ by at most matchWindowSeconds; pairs are taken one to one in order
            of smallest start difference, then call start, then record id; every call takes part, excluded ones too.
            A valid call matched within durationToleranceSeconds is correct, beyond it WRONG_DURATION; an unmatched
            valid call is WRONG_NUMBER when an unmatched record in its window shares its caller or callee (nearest
            first, same order), else NOT_CHARGED; a record left over is PHANTOM. wrong-calls = discrepancies / (valid
            calls + phantom records), with its Clopper-Pearson interval; wrong-time = sum of errors / sum of real
            durations of the valid calls (no interval: not a share of trials). Sufficient with at least 1000 valid
            calls and every direction among them.""")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KpiResult.class)))
    public List<JsonNode> result(@PathParam("id") UUID id) {
        return service.result(id, caller());
    }

    @GET
    @Path("/{id}/discrepancies")
    @Operation(summary = "The campaign's discrepancies", description = "Paged, with X-Total-Count: the valid calls'"
            + " discrepancies by call start, then the phantom records by start (those near a test call first).")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DiscrepancyView.class)))
    public Response discrepancies(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") Integer page,
            @QueryParam("size") @DefaultValue("100") Integer size) {
        var found = service.discrepancies(id, PageRequest.of(page, size), caller());
        return new Page<>(found.items().stream().map(DiscrepancyView::of).toList(), found.total()).toResponse();
    }

    private static String key(String idempotencyKey) {
        return idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey;
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}

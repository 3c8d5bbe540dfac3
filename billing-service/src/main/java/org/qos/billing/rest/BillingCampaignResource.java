package org.qos.billing.rest;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.billing.domain.Campaign;
import org.qos.billing.service.BillingCampaignService;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.campaigns.rest.CampaignResource;
import org.qos.campaigns.rest.UploadParams;
import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageParams;

import io.quarkus.security.identity.SecurityIdentity;

/** Clause 3.6's test-call campaigns over HTTP: the shared lifecycle, and creation, uploads, results, discrepancies. */
@Path("/api/v1/billing/campaigns")
@Tag(name = "Charging accuracy by test calls (clause 3.6)")
public class BillingCampaignResource extends CampaignResource<Campaign, BillingCampaignService, CampaignView, CampaignRequest> {

    /** Each JSON example is also the CSV one, written as CSV. */
    private static final String CALLS_EXAMPLE = """
            [{"callId": "C-0001", "caller": "+84 24 3825 1234", "callee": "0912 345 678", "direction": "MOBILE",
              "startedAt": "2026-04-02T09:00:00+07:00", "durationSeconds": 120},
             {"callId": "C-0002", "caller": "024 3825 1234", "callee": "024 3936 0000", "direction": "PSTN",
              "startedAt": "2026-04-02T09:05:00+07:00", "durationSeconds": 65.125}]""";
    private static final String RECORDS_EXAMPLE = """
            [{"recordId": "R-0001", "caller": "842438251234", "callee": "0912345678",
              "startedAt": "2026-04-02T09:00:03+07:00", "durationSeconds": 121, "charge": 1600}]""";

    private static final String CALLS_DESCRIPTION = """
            Rows: callId (unique in the campaign), caller, callee (numbers as logged; they compare as their digits
            only, and one without digits is invalid), direction (ON_NET, OTHER_PHS, PSTN, MOBILE), startedAt
            (ISO-8601 with offset, inside the campaign's period give or take a day), durationSeconds (seconds as
            measured, 0 to 86400, a number with at most three decimals: milliseconds; more is 400, never rounded).
            Calls shorter than 60 s or longer than 360 s, on the exact duration, are stored and excluded
            (OUT_OF_RANGE_DURATION; exactly 60 and 360 count, 59.999 and 360.001 do not). All or nothing.""";
    private static final String RECORDS_DESCRIPTION = """
            Rows: recordId (unique in the campaign), caller, callee (digits compare), startedAt (the switch's
            clock), durationSeconds (whole or decimal seconds, 0 to 86400, at most three decimals), charge (0 or
            more). All or nothing; a recordId
            repeated within the batch is 400, one stored by an earlier batch 409.""";

    public BillingCampaignResource(BillingCampaignService service, SecurityIdentity identity) {
        super(service, identity, CampaignView::of, (request, caller) -> service.create(request.campaign(), caller));
    }

    @POST
    @Path("/{id}/test-calls")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(operationId = "uploadBillingTestCalls", summary = "Upload the test equipment's calls (the truth)",
            description = CALLS_DESCRIPTION)
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = BillingTestCallRow.class), examples = @ExampleObject(name = "calls", value = CALLS_EXAMPLE)))
    public BatchReceipt uploadCalls(@PathParam("id") UUID id,
            @BeanParam UploadParams upload, InputStream body) {
        return service().uploadCalls(id, caller(), upload.of(body));
    }

    @POST
    @Path("/{id}/charging-records")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(operationId = "uploadBillingChargingRecords",
            summary = "Upload the operator's charging records of the test numbers", description = RECORDS_DESCRIPTION)
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = BillingChargingRecordRow.class),
            examples = @ExampleObject(name = "records", value = RECORDS_EXAMPLE)))
    public BatchReceipt uploadRecords(@PathParam("id") UUID id,
            @BeanParam UploadParams upload, InputStream body) {
        return service().uploadRecords(id, caller(), upload.of(body));
    }

    @GET
    @Path("/{id}/result")
    @Operation(summary = "The campaign's two KPI results", description = """
            [billing.wrong-calls, billing.wrong-time]. Reconciliation: a record matches a call when caller and callee
            digits are equal and the starts differ by at most matchWindowSeconds; pairs are taken one to one in order
            of smallest start difference, then call start, then record id; every call takes part, excluded ones too.
            A valid call matched within durationToleranceSeconds (on the exact durations, milliseconds) is correct,
            beyond it WRONG_DURATION; an unmatched
            valid call is WRONG_NUMBER when an unmatched record in its window shares its caller or callee (nearest
            first, same order), else NOT_CHARGED; a record left over is PHANTOM. wrong-calls = discrepancies / (valid
            calls + phantom records), with its Clopper-Pearson interval (no valid call: value null,
            INSUFFICIENT_DATA, whatever the phantoms); wrong-time = sum of errors / sum of real durations of the
            valid calls, exact to the millisecond (no interval: not a share of trials). Sufficient with at least 1000
            valid calls and every direction among them.""")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KpiResult.class)))
    public List<JsonNode> result(@PathParam("id") UUID id) {
        return service().results(id, caller());
    }

    @GET
    @Path("/{id}/discrepancies")
    @Operation(summary = "The campaign's discrepancies", description = "Paged, with X-Total-Count: the valid calls'"
            + " discrepancies by call start, then the phantom records by start (those near a test call first).")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DiscrepancyView.class)))
    public Response discrepancies(@PathParam("id") UUID id,
            @BeanParam PageParams paging) {
        var found = service().discrepancies(id, paging.request(), caller());
        return new Page<>(found.items().stream().map(DiscrepancyView::of).toList(), found.total()).toResponse();
    }
}

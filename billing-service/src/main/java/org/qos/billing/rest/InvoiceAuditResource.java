package org.qos.billing.rest;

import java.io.InputStream;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.billing.domain.InvoiceAudit;
import org.qos.billing.service.InvoiceAuditService;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.campaigns.rest.CampaignResource;
import org.qos.campaigns.rest.UploadParams;
import org.qos.common.kpi.KpiResult;

import io.quarkus.security.identity.SecurityIdentity;

/** Clause 3.7's invoice audits over HTTP: the shared lifecycle, and creation, charging records, invoice lines, result. */
@Path("/api/v1/billing/invoice-audits")
@Tag(name = "Invoice audits and statements (clause 3.7)")
public class InvoiceAuditResource extends CampaignResource<InvoiceAudit, InvoiceAuditService, AuditView, AuditRequest> {

    /** Also the CSV example, written as CSV. */
    private static final String ROWS_EXAMPLE = """
            [{"recordId": "CDR-000001", "subscriber": "0243 825 1234", "callee": "0912 345 678",
              "startedAt": "2026-04-02T09:00:00+07:00", "endedAt": "2026-04-02T09:02:00+07:00", "charge": 1600}]""";
    private static final String ROWS_DESCRIPTION = """
            Rows: recordId (unique in the audit, pairs records with lines), subscriber, callee (digits compare; one
            without digits is invalid), startedAt, endedAt (not before startedAt), charge (0 or more, with at most
            the currency's minor-unit digits: none for VND). All or nothing; a recordId repeated within the batch is
            400, one stored by an earlier batch 409.""";


    public InvoiceAuditResource(InvoiceAuditService audits, SecurityIdentity identity) {
        super(audits, identity, AuditView::of, (request, caller) -> audits.create(request.audit(), caller));
    }

    @POST
    @Path("/{id}/charging-records")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(operationId = "uploadAuditChargingRecords",
            summary = "Upload the operator's charging records of the audited calls", description = ROWS_DESCRIPTION)
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = InvoiceAuditRow.class), examples = @ExampleObject(name = "records", value = ROWS_EXAMPLE)))
    public BatchReceipt uploadRecords(@PathParam("id") UUID id,
            @BeanParam UploadParams upload, InputStream body) {
        return service().uploadRecords(id, caller(), upload.of(body));
    }

    @POST
    @Path("/{id}/invoice-lines")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(operationId = "uploadAuditInvoiceLines", summary = "Upload the invoice lines of the audited calls",
            description = ROWS_DESCRIPTION)
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = InvoiceAuditRow.class), examples = @ExampleObject(name = "lines", value = ROWS_EXAMPLE)))
    public BatchReceipt uploadLines(@PathParam("id") UUID id,
            @BeanParam UploadParams upload, InputStream body) {
        return service().uploadLines(id, caller(), upload.of(body));
    }

    @GET
    @Path("/{id}/result")
    @Operation(summary = "The audit's KPI result", description = """
            billing.invoice-errors: records and lines pair by recordId; a call is wrong when its line is missing, its
            line has no record (extra), or they differ in subscriber (digits: a line billed to another subscriber),
            callee (digits), start, end or charge (exact decimals).
            Denominator: the record ids of records and lines together; required 10,000; target <= 0.01 %, with the
            Clopper-Pearson interval. "calls" adds the counts by kind.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KpiResult.class)))
    public JsonNode result(@PathParam("id") UUID id) {
        return service().results(id, caller()).get(0);
    }
}

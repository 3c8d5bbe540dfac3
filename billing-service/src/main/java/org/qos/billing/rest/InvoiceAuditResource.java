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
import org.qos.billing.service.InvoiceAuditService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

/** Clause 3.7 over HTTP (invoice audits, itemized statements) and the billing compliance listing: translates requests and answers, nothing more. */
@Path("/api/v1/billing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
@SecurityRequirement(name = "bearer")
@Tag(name = "Invoice audits and statements (clause 3.7)")
@APIResponse(responseCode = "400", description = "Invalid input, naming the row and field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No token, or a token that is invalid or expired")
@APIResponse(responseCode = "403", description = "Another operator's data",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InvoiceAuditResource {

    private static final String ROWS_CSV_EXAMPLE = """
            recordId,subscriber,callee,startedAt,endedAt,charge
            CDR-000001,0243 825 1234,0912 345 678,2026-04-02T09:00:00+07:00,2026-04-02T09:02:00+07:00,1600""";
    private static final String ROWS_JSON_EXAMPLE = """
            [{"recordId": "CDR-000001", "subscriber": "0243 825 1234", "callee": "0912 345 678",
              "startedAt": "2026-04-02T09:00:00+07:00", "endedAt": "2026-04-02T09:02:00+07:00", "charge": 1600}]""";
    private static final String ROWS_DESCRIPTION = """
            Rows: recordId (unique in the audit, pairs records with lines), subscriber, callee (digits compare; one
            without digits is invalid), startedAt, endedAt (not before startedAt), charge (0 or more, with at most
            the currency's minor-unit digits: none for VND). JSON array or CSV with a header of the field names. All
            or nothing; a recordId repeated within the batch is 400, one stored by an earlier batch 409.""";

    private final InvoiceAuditService audits;
    private final BillingCampaignService campaigns;
    private final SecurityIdentity identity;

    public InvoiceAuditResource(InvoiceAuditService audits, BillingCampaignService campaigns, SecurityIdentity identity) {
        this.audits = audits;
        this.campaigns = campaigns;
        this.identity = identity;
    }

    @POST
    @Path("/invoice-audits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an invoice audit", description = "An operator creates audits for its own operatorId"
            + " only; the regulator for any operator. currency is an ISO 4217 code (default VND).")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = AuditView.class)))
    public Response create(AuditRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalidField("(body)", "an invoice audit object is required");
        }
        AuditView created = audits.create(request, caller());
        URI location = uri.getBaseUriBuilder().path("api/v1/billing/invoice-audits").path(created.id().toString())
                .build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("/invoice-audits")
    @Operation(summary = "List invoice audits", description = "Newest first, paged, with X-Total-Count. For an"
            + " operator, operatorId defaults to its own and another one is 403.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditView.class)))
    public Response list(@QueryParam("operatorId") String operatorId,
            @Parameter(description = "Periods starting on or after this date") @QueryParam("from") LocalDate from,
            @Parameter(description = "Periods ending on or before this date") @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") Integer page,
            @QueryParam("size") @DefaultValue("100") Integer size) {
        return audits.list(operatorId, from, to, PageRequest.of(page, size), caller()).toResponse();
    }

    @GET
    @Path("/invoice-audits/{id}")
    @Operation(summary = "Get an invoice audit")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditView.class)))
    @APIResponse(responseCode = "404", description = "No such audit")
    public AuditView get(@PathParam("id") UUID id) {
        return audits.get(id, caller());
    }

    @POST
    @Path("/invoice-audits/{id}/charging-records")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(summary = "Upload the operator's charging records of the audited calls", description = ROWS_DESCRIPTION)
    @RequestBody(content = {
            @Content(mediaType = BodyFormat.TEXT_CSV, examples = @ExampleObject(name = "records", value = ROWS_CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "records", value = ROWS_JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such audit")
    @APIResponse(responseCode = "409", description = "Audit closed, a recordId stored earlier, or an Idempotency-Key"
            + " reused with another body")
    public BatchReceipt uploadRecords(@PathParam("id") UUID id,
            @Parameter(description = "Validate only; store nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context HttpHeaders headers, InputStream body) {
        return audits.uploadRecords(id, caller(), BodyFormat.of(headers.getMediaType()), body, dryRun, key(idempotencyKey));
    }

    @POST
    @Path("/invoice-audits/{id}/invoice-lines")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(summary = "Upload the invoice lines of the audited calls", description = ROWS_DESCRIPTION)
    @RequestBody(content = {
            @Content(mediaType = BodyFormat.TEXT_CSV, examples = @ExampleObject(name = "lines", value = ROWS_CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "lines", value = ROWS_JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such audit")
    @APIResponse(responseCode = "409", description = "Audit closed, a recordId stored earlier, or an Idempotency-Key"
            + " reused with another body")
    public BatchReceipt uploadLines(@PathParam("id") UUID id,
            @Parameter(description = "Validate only; store nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context HttpHeaders headers, InputStream body) {
        return audits.uploadLines(id, caller(), BodyFormat.of(headers.getMediaType()), body, dryRun, key(idempotencyKey));
    }

    @GET
    @Path("/invoice-audits/{id}/batches")
    @Operation(summary = "List an audit's uploads", description = "Who uploaded, when, how many rows, SHA-256 of the body; newest first")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BatchRecord.class)))
    public Response batches(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") Integer page,
            @QueryParam("size") @DefaultValue("100") Integer size) {
        return audits.batches(id, PageRequest.of(page, size), caller()).toResponse();
    }

    @POST
    @Path("/invoice-audits/{id}/close")
    @Operation(summary = "Close an invoice audit", description = "Freezes it: later uploads are 409 and its result no longer changes")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditView.class)))
    @APIResponse(responseCode = "409", description = "Already closed")
    public AuditView close(@PathParam("id") UUID id) {
        return audits.close(id, caller());
    }

    @GET
    @Path("/invoice-audits/{id}/result")
    @Operation(summary = "The audit's KPI result", description = """
            billing.invoice-errors: records and lines pair by recordId; a call is wrong when its line is missing, its
            line has no record (extra), or they differ in callee (digits), start, end or charge (exact decimals).
            Denominator: the record ids of records and lines together; required 10,000; target <= 0.01 %, with the
            Clopper-Pearson interval. "calls" adds the counts by kind.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KpiResult.class)))
    public JsonNode result(@PathParam("id") UUID id) {
        return audits.result(id, caller());
    }

    @GET
    @Path("/statements/{subscriber}")
    @Produces({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(summary = "A subscriber's itemized statement", description = """
            The calls of the subscriber (digits compare) that started in [from, to] (dates in +07:00), from the
            charging records of invoice audits: called number, date, start, end and charge. Paged, with
            X-Total-Count, by start; JSON, or CSV for download (Accept: text/csv). An operator sees the records of its
            own audits only; operatorId (regulator) narrows to one operator. The number is personal data: it is never
            logged.""")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StatementLine.class)),
            @Content(mediaType = BodyFormat.TEXT_CSV, examples = @ExampleObject(name = "statement", value = """
                    recordId,calledNumber,date,startedAt,endedAt,charge,currency
                    CDR-000001,0912 345 678,2026-04-02,2026-04-02T09:00+07:00,2026-04-02T09:02+07:00,1600,VND"""))})
    public Response statement(@PathParam("subscriber") String subscriber,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("operatorId") String operatorId,
            @QueryParam("page") @DefaultValue("0") Integer page,
            @QueryParam("size") @DefaultValue("100") Integer size,
            @Context HttpHeaders headers) {
        Page<StatementLine> found = audits.statement(subscriber, from, to, operatorId, PageRequest.of(page, size),
                caller());
        boolean csv = headers.getAcceptableMediaTypes().stream().anyMatch(type -> "text".equals(type.getType())
                && "csv".equals(type.getSubtype()));
        if (!csv) {
            return found.toResponse();
        }
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(StatementLine.CSV_HEADER.split(",")).get())) {
            for (StatementLine line : found.items()) {
                printer.printRecord(line.recordId(), line.calledNumber(), line.date(), line.startedAt(),
                        line.endedAt(), line.charge() == null ? null : line.charge().toPlainString(), line.currency());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(text.toString(), BodyFormat.TEXT_CSV + "; charset=UTF-8")
                .header(Page.TOTAL_COUNT_HEADER, found.total())
                .header("Content-Disposition", "attachment; filename=\"statement.csv\"").build();
    }

    @GET
    @Path("/compliance")
    @Operation(summary = "KPI results of every campaign and audit whose period lies inside [from, to]",
            description = "billing.wrong-calls and billing.wrong-time of each test-call campaign, then"
                    + " billing.invoice-errors of each invoice audit. For an operator, operatorId defaults to its own.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KpiResult.class)))
    public List<JsonNode> compliance(@QueryParam("operatorId") String operatorId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        String scope = caller().listScope(operatorId);
        List<JsonNode> results = new ArrayList<>(campaigns.compliance(scope, from, to));
        results.addAll(audits.compliance(scope, from, to));
        return results;
    }

    private static String key(String idempotencyKey) {
        return idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey;
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}

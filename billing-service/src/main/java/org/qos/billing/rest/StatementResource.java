package org.qos.billing.rest;

import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.billing.repository.InvoiceStatisticsRepository.StatementCall;
import org.qos.billing.service.InvoiceAuditService;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.common.csv.CsvExport;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageParams;
import org.qos.common.problem.ProblemException;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.QueryParams;

import io.quarkus.security.identity.SecurityIdentity;

/** Clause 3.7's itemized statements over HTTP, from the charging records of invoice audits. */
@Path("/api/v1/billing/statements")
@Produces({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
@Tag(name = "Invoice audits and statements (clause 3.7)")
public class StatementResource {

    private final InvoiceAuditService audits;
    private final SecurityIdentity identity;
    private final ZoneOffset zone;

    public StatementResource(InvoiceAuditService audits, SecurityIdentity identity, QualityProfile profile) {
        this.audits = audits;
        this.identity = identity;
        this.zone = profile.zone();
    }

    private static final String CSV_EXAMPLE = """
            recordId,calledNumber,date,startedAt,endedAt,charge,currency
            CDR-000001,0912 345 678,2026-04-02,2026-04-02T09:00+07:00,2026-04-02T09:02+07:00,1600,VND""";
    private static final String STATEMENT = """
            The calls of the subscriber (digits compare) that started in [from, to] (dates in +07:00), from the
            charging records of invoice audits: called number, date, start, end and charge. Each call once, even
            when several audits hold its record (each recordId of an operator once: the copy of the latest audit,
            created last). Paged, with
            X-Total-Count, by start; JSON, or CSV for download (Accept: text/csv; cells a spreadsheet would evaluate,
            such as =..., @..., or +/- not followed by a number, are prefixed with an apostrophe). An operator sees the
            records of its own audits only; operatorId (regulator) narrows to one operator. The number is personal
            data: it is never logged.""";

    /** @deprecated the number travels in the URL path (and so into access logs): use {@link #search} */
    @Deprecated
    @GET
    @Path("/{subscriber}")
    @Operation(operationId = "getBillingStatement", summary = "A subscriber's itemized statement (deprecated: the number is"
            + " in the URL; use POST /api/v1/billing/statements/search)", description = STATEMENT + """
             Deprecated: the subscriber's number travels in the URL path, where proxies and access logs record it;
            POST /api/v1/billing/statements/search answers the same with the number in the body.""")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StatementLine.class)),
            @Content(mediaType = BodyFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "statement", value = CSV_EXAMPLE))})
    public Response statement(@PathParam("subscriber") String subscriber,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @QueryParam("operatorId") String operatorId,
            @BeanParam PageParams paging,
            @Context HttpHeaders headers) {
        var calls = audits.statement(subscriber, QueryParams.date("from", from), QueryParams.date("to", to),
                operatorId, paging.request(), Caller.of(identity));
        return answer(calls, headers);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchBillingStatements", summary = "A subscriber's itemized statement, the number in the body",
            description = STATEMENT + """
             The same answer as GET .../statements/{subscriber}, without the number in the URL: the body names the
            subscriber, from, to and (regulator) operatorId; page and size are query parameters.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatementSearch.class)))
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StatementLine.class)),
            @Content(mediaType = BodyFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "statement", value = CSV_EXAMPLE))})
    public Response search(StatementSearch search,
            @BeanParam PageParams paging,
            @Context HttpHeaders headers) {
        if (search == null) {
            throw ProblemException.invalidField("(body)", "a statement search object is required");
        }
        var calls = audits.statement(search.subscriber(), search.from(), search.to(), search.operatorId(),
                paging.request(), Caller.of(identity));
        return answer(calls, headers);
    }

    /** The statement as JSON, or as CSV (neutralized cells) when the caller accepts text/csv. */
    private Response answer(Page<StatementCall> calls, HttpHeaders headers) {
        Page<StatementLine> found = new Page<>(calls.items().stream().map(call -> StatementLine.of(call, zone))
                .toList(), calls.total());
        boolean csv = headers.getAcceptableMediaTypes().stream().anyMatch(type -> "text".equals(type.getType())
                && "csv".equals(type.getSubtype()));
        if (!csv) {
            return found.toResponse();
        }
        StringBuilder text = new StringBuilder();
        try (CsvExport export = CsvExport.to(text, StatementLine.CSV_HEADER)) {
            for (StatementLine line : found.items()) {
                export.row(line.recordId(), line.calledNumber(), line.date(), line.startedAt(), line.endedAt(),
                        line.charge() == null ? null : line.charge().toPlainString(), line.currency());
            }
        }
        return Response.ok(text.toString(), BodyFormat.TEXT_CSV + "; charset=UTF-8")
                .header(Page.TOTAL_COUNT_HEADER, found.total())
                .header("Content-Disposition", "attachment; filename=\"statement.csv\"").build();
    }
}

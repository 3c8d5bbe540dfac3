package org.qos.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.billing.service.RetentionService;
import org.qos.common.paging.PageParams;
import org.qos.common.retention.PurgeRecord;
import org.qos.common.security.Roles;

/** Billing's purge log over HTTP: what each retention purge removed and kept (the regulator's only). */
@Path("/api/v1/billing/purges")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.REGULATOR)
@Tag(name = "Retention of charging data")
public class PurgeResource {

    private static final String EXAMPLE = """
            [{"id": 12, "ranAt": "2027-03-01T06:00:00+07:00", "retention": "P180D",
              "cutoff": "2026-09-02T06:00:00+07:00",
              "removed": {"chargingRecords": 1206, "invoiceLines": 200, "testCalls": 1001},
              "kept": {"chargingRecords": 40, "chargingRecordsWaitingForTheirCampaign": 0, "invoiceLines": 0,
                       "invoiceLinesWaitingForTheirCampaign": 0, "testCalls": 38,
                       "testCallsWaitingForTheirCampaign": 0}}]""";

    private final RetentionService retention;

    public PurgeResource(RetentionService retention) {
        this.retention = retention;
    }

    @GET
    @Operation(operationId = "listBillingPurges", summary = "What each retention purge of charging data did",
            description = "Latest purge first, paged (page from 0, size up to 1000), with X-Total-Count; the"
                    + " regulator's only (an operator: 403). Each purge that ran (a skipped one is not listed): the"
                    + " cutoff (rows that started before it are past the retention), how many test calls, charging"
                    + " records and invoice lines it removed, and how many past the retention it kept: those of open"
                    + " campaigns and unfinished audits (chargingRecords, testCalls, invoiceLines), and those of closed"
                    + " ones that still have a row within the retention (...WaitingForTheirCampaign): a closed"
                    + " campaign's or audit's rows are removed all together, once every one is past the retention.")
    @APIResponse(responseCode = "200", description = "A page of the purge log", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = PurgeRecord.class),
            examples = @ExampleObject(name = "purges", value = EXAMPLE)))
    public Response list(@BeanParam PageParams paging) {
        return retention.log(paging.request()).toResponse();
    }
}

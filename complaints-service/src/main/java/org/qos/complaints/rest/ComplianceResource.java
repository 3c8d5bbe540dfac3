package org.qos.complaints.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.common.kpi.KpiResult;
import org.qos.common.problem.Problem;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.QueryParams;
import org.qos.complaints.service.ComplianceService;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;

/** The KPI results of clauses 3.8 and 3.9 for a period. */
@Path("/api/v1/complaints/compliance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
@Tag(name = "Complaints (clause 3.8)")
public class ComplianceResource {

    private final ComplianceService service;
    private final SecurityIdentity identity;

    public ComplianceResource(ComplianceService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "KPI results of the period [from, to]", description = """
            Per operator (an operator: its own, another is 403; the regulator: the one named, or every operator with
            results in the period: a subscriber count in force at its end, or complaints, outages, support calls or a
            closed period in it): complaints.response-48h (complaints due in the period answered in writing within 48 h; open past due
            = late; open not yet due = pending, left out and counted in notes; INSUFFICIENT_DATA when the period spans
            less than 3 months), complaints.rate (written SERVICE_QUALITY complaints, by LETTER, EMAIL, FAX or WEB,
            per 100 customers per year, from the subscriber count in force at the period's end; byChannel gives the
            service-quality complaints of every channel, PHONE and IN_PERSON ones are not counted),
            support.availability (1 - merged outage time / period time; INSUFFICIENT_DATA with value null when
            neither an outage nor a support call is recorded in the period), and, when the operator logged support
            calls in the period, support.answered-60s (informative: no target, no verdict). Every complaint and outage is counted: confidence is null. For an operator with a
            closed reporting period of exactly [from, to] (POST /api/v1/complaints/periods), the results frozen when it
            was closed, marked "frozen": true with closedAt and periodId; any other window is computed now.""")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KpiResult.class)))
    @APIResponse(responseCode = "400", description = "from or to missing or invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another operator's results",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<JsonNode> compliance(@QueryParam("operatorId") String operatorId,
            @Parameter(description = "First date of the period (YYYY-MM-DD), required", required = true)
            @QueryParam("from") String from,
            @Parameter(description = "Last date of the period (YYYY-MM-DD, inclusive), required", required = true)
            @QueryParam("to") String to) {
        return service.compliance(operatorId, QueryParams.date("from", from), QueryParams.date("to", to),
                Caller.of(identity));
    }
}

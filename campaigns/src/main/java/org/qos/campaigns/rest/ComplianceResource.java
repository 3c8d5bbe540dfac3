package org.qos.campaigns.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.qos.campaigns.service.CampaignLifecycle;
import org.qos.common.kpi.KpiResult;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.QueryParams;

import io.quarkus.security.identity.SecurityIdentity;

/** A family's compliance listing ({@code /api/v1/<family>/compliance}): the results of every campaign in a window. */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
public abstract class ComplianceResource {

    private List<CampaignLifecycle<?>> lifecycles;
    private SecurityIdentity identity;

    /** For the container's proxies of a family's resource only. */
    protected ComplianceResource() {
    }

    /** The lifecycles whose results are listed, in this order. */
    protected ComplianceResource(SecurityIdentity identity, CampaignLifecycle<?>... lifecycles) {
        this.lifecycles = List.of(lifecycles);
        this.identity = identity;
    }

    @GET
    @Operation(summary = "KPI results of every campaign whose period lies inside [from, to]")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KpiResult.class)))
    public List<JsonNode> compliance(@QueryParam("operatorId") String operatorId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        Caller caller = Caller.of(identity);
        return lifecycles.stream().flatMap(lifecycle -> lifecycle.compliance(operatorId,
                QueryParams.date("from", from), QueryParams.date("to", to), caller).stream()).toList();
    }
}

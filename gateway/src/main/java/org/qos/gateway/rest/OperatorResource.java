package org.qos.gateway.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.DateRanges;
import org.qos.common.validation.QueryParams;
import org.qos.gateway.service.Scorecard;
import org.qos.gateway.service.ScorecardService;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Which operators have results in a period, as far as the caller may see. */
@Path("/api/v1/operators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
@Tag(name = "Scorecards")
public class OperatorResource {

    private final ScorecardService scorecards;
    private final SecurityIdentity identity;

    public OperatorResource(ScorecardService scorecards, SecurityIdentity identity) {
        this.scorecards = scorecards;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listOperators", summary = "The operators with a KPI result in a period",
            description = "The regulator gets every operator that has a result of any family in [from, to], sorted;"
                    + " an operator gets only itself. Families that do not answer are left out of the search.")
    @APIResponse(responseCode = "200", description = "Operator ids", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
            examples = @ExampleObject(name = "operators", value = "[\"ALPHA\", \"BETA\"]")))
    public Uni<List<String>> operators(
            @Parameter(description = "First date (YYYY-MM-DD)", required = true, example = "2026-04-01")
            @QueryParam("from") String from,
            @Parameter(description = "Last date (YYYY-MM-DD, inclusive)", required = true, example = "2026-06-30")
            @QueryParam("to") String to,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = Caller.of(identity);
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        DateRanges.requireWindow(first, last);
        if (!caller.regulator()) {
            return Uni.createFrom().item(List.of(caller.operatorId()));
        }
        return scorecards.everyOperator(caller, first, last, authorization)
                .map(found -> found.scorecards().stream().map(Scorecard::operatorId).toList());
    }
}

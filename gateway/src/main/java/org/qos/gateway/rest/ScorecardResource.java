package org.qos.gateway.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.common.problem.Problem;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.DateRanges;
import org.qos.common.validation.QueryParams;
import org.qos.gateway.service.Scorecard;
import org.qos.gateway.service.ScorecardService;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Scorecards over HTTP: translates requests and answers, nothing more. */
@Path("/api/v1/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
@Tag(name = "Scorecards")
public class ScorecardResource {

    private final ScorecardService service;
    private final SecurityIdentity identity;

    public ScorecardResource(ScorecardService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getScorecard", summary = "An operator's scorecard: every KPI result of every family over a period, with the overall verdict",
            description = "Asks the four services in parallel. A family whose service does not answer within 2 s is"
                    + " UNAVAILABLE and the overall INCOMPLETE; the call still answers. overall: FAIL if any result"
                    + " fails; otherwise INCOMPLETE if a family is unavailable or empty or a result is"
                    + " INSUFFICIENT_DATA; otherwise PASS (informative results without a verdict take no part).")
    @APIResponse(responseCode = "200", description = "The scorecard",
            content = @Content(schema = @Schema(implementation = Scorecard.class)))
    @APIResponse(responseCode = "400", description = "A missing or invalid date, or no operatorId for the regulator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No token, or a token that is invalid or expired")
    @APIResponse(responseCode = "403", description = "Another operator's scorecard",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Scorecard> scorecard(
            @Parameter(description = "The operator; an operator's own by default, required for the regulator",
                    example = "ALPHA") @QueryParam("operatorId") String operatorId,
            @Parameter(description = "First date of the period (YYYY-MM-DD), required", required = true,
                    example = "2026-07-01") @QueryParam("from") String from,
            @Parameter(description = "Last date of the period (YYYY-MM-DD, inclusive), required", required = true,
                    example = "2026-09-30") @QueryParam("to") String to,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        DateRanges.requireWindow(first, last);
        return service.scorecard(Caller.of(identity), operatorId, first, last, authorization);
    }
}

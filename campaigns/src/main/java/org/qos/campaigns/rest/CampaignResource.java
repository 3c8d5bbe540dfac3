package org.qos.campaigns.rest;

import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.BiFunction;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.qos.campaigns.batch.BatchRecord;
import org.qos.campaigns.domain.CampaignEntity;
import org.qos.campaigns.service.CampaignLifecycle;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageParams;
import org.qos.common.problem.ProblemException;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.QueryParams;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The HTTP face of the shared lifecycle, below a family's collection path (such as {@code /api/v1/voice/campaigns}):
 * create, list, get, batches and close, written once. A family's resource extends it with its {@code @Path}, its
 * lifecycle ({@code S}, which its uploads and result reach through {@link #service()}), its view of a campaign (given
 * to the constructor), how its request ({@code R}) creates a campaign (a function given to the constructor), its
 * uploads and its result. Query values are read by {@link QueryParams}, so a malformed one is a 400 naming it.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
public abstract class CampaignResource<E extends CampaignEntity, S extends CampaignLifecycle<E>, V, R> {

    private S lifecycle;
    private SecurityIdentity identity;
    private BiFunction<E, ZoneOffset, V> view;
    private BiFunction<R, Caller, E> create;

    /** For the container's proxies of a family's resource only. */
    protected CampaignResource() {
    }

    /**
     * @param view   the family's view of one of its campaigns, with times in the profile's zone
     * @param create how the family's request creates a campaign (checked, stored) for a caller
     */
    protected CampaignResource(S lifecycle, SecurityIdentity identity,
            BiFunction<E, ZoneOffset, V> view, BiFunction<R, Caller, E> create) {
        this.lifecycle = lifecycle;
        this.identity = identity;
        this.view = view;
        this.create = create;
    }

    protected V view(E campaign) {
        return view.apply(campaign, lifecycle.zone());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a campaign", description = "An operator creates campaigns for its own operatorId only;"
            + " the regulator for any operator (createdByRole records which). The period spans at most 366 days."
            + " What the request states is described with its schema.")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response create(R request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalidField("(body)", "a campaign object is required");
        }
        E campaign = create.apply(request, caller());
        return Response.created(uri.getAbsolutePathBuilder().path(campaign.getId().toString()).build())
                .entity(view(campaign)).build();
    }

    @GET
    @Operation(summary = "List campaigns", description = "Newest first, paged, with X-Total-Count. For an operator,"
            + " operatorId defaults to its own and another one is 403. from/to keep campaigns whose period lies inside.")
    @APIResponse(responseCode = "200", description = "A page of campaigns")
    public Response list(@QueryParam("operatorId") String operatorId,
            @Parameter(description = "Periods starting on or after this date",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Periods ending on or before this date",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @BeanParam PageParams paging) {
        Page<E> found = lifecycle.list(operatorId, QueryParams.date("from", from), QueryParams.date("to", to),
                paging.request(), caller());
        return new Page<>(found.items().stream().map(this::view).toList(), found.total()).toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a campaign")
    @APIResponse(responseCode = "200", description = "The campaign")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public V get(@PathParam("id") UUID id) {
        return view(lifecycle.get(id, caller()));
    }

    @GET
    @Path("/{id}/batches")
    @Operation(summary = "List a campaign's uploads", description = "Who uploaded, when, how many rows, SHA-256 of the body; newest first")
    @APIResponse(responseCode = "200", description = "A page of batches",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BatchRecord.class)))
    public Response batches(@PathParam("id") UUID id,
            @BeanParam PageParams paging) {
        return lifecycle.batches(id, paging.request(), caller()).toResponse();
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close a campaign", description = "Freezes it: later uploads are 409 and its results no longer"
            + " change. A campaign the regulator created is closed by the regulator only")
    @APIResponse(responseCode = "200", description = "The closed campaign")
    @APIResponse(responseCode = "403", description = "Another operator's campaign; or an operator closing a campaign"
            + " the regulator created (type regulator-campaign)")
    @APIResponse(responseCode = "409", description = "Already closed")
    public V close(@PathParam("id") UUID id) {
        return view(lifecycle.close(id, caller()));
    }

    /** The family's lifecycle, for its uploads and result. */
    protected S service() {
        return lifecycle;
    }

    protected Caller caller() {
        return Caller.of(identity);
    }

    /** The profile's zone, in which views give times. */
    protected ZoneOffset zone() {
        return lifecycle.zone();
    }
}

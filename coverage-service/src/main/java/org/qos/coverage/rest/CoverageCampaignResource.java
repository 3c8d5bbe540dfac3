package org.qos.coverage.rest;

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
import org.qos.coverage.service.CoverageCampaignService;

import io.quarkus.security.identity.SecurityIdentity;

/** Clause 3.5 over HTTP: translates requests and answers, nothing more. */
@Path("/api/v1/coverage")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
@SecurityRequirement(name = "bearer")
@Tag(name = "Outdoor coverage (clause 3.5)")
@APIResponse(responseCode = "400", description = "Invalid input, naming the row and field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No token, or a token that is invalid or expired")
@APIResponse(responseCode = "403", description = "Another operator's data",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CoverageCampaignResource {

    /** RFC 7946's media type; application/json is served too. */
    public static final String GEO_JSON = "application/geo+json";

    private static final String SAMPLES_CSV_EXAMPLE = """
            at,lat,lon,signalDbm,speedKmh,streetId,outdoor
            2026-07-01T08:30:00+07:00,21.02712,105.85212,-78.5,24.0,HN-0001,true
            2026-07-01T08:30:05+07:00,21.02731,105.85240,-91.0,31.5,HN-0001,true
            2026-07-01T08:31:00+07:00,21.02760,105.85301,-99.0,0,,false""";
    private static final String SAMPLES_JSON_EXAMPLE = """
            [{"at": "2026-07-01T08:30:00+07:00", "lat": 21.02712, "lon": 105.85212, "signalDbm": -78.5,
              "speedKmh": 24.0, "streetId": "HN-0001", "outdoor": true}]""";

    private final CoverageCampaignService service;
    private final SecurityIdentity identity;

    public CoverageCampaignResource(CoverageCampaignService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Path("/campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a drive-test campaign", description = "An operator creates campaigns for its own"
            + " operatorId only; the regulator for any operator. thresholdDbm is required unless the quality profile"
            + " sets one (TCN 68-228:2004's does not); binMeters defaults to the profile's (100).")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response create(CampaignRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalidField("(body)", "a campaign object is required");
        }
        CampaignView created = service.create(request, caller());
        URI location = uri.getBaseUriBuilder().path("api/v1/coverage/campaigns").path(created.id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("/campaigns")
    @Operation(summary = "List campaigns", description = "Newest first, paged, with X-Total-Count. For an operator,"
            + " operatorId defaults to its own and another one is 403. from/to keep campaigns whose period lies inside.")
    @APIResponse(responseCode = "200", description = "A page of campaigns",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CampaignView.class)))
    public Response list(@QueryParam("operatorId") String operatorId,
            @Parameter(description = "Periods starting on or after this date") @QueryParam("from") LocalDate from,
            @Parameter(description = "Periods ending on or before this date") @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") Integer page,
            @QueryParam("size") @DefaultValue("100") Integer size) {
        return service.list(operatorId, from, to, PageRequest.of(page, size), caller()).toResponse();
    }

    @GET
    @Path("/campaigns/{id}")
    @Operation(summary = "Get a campaign")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    public CampaignView get(@PathParam("id") UUID id) {
        return service.get(id, caller());
    }

    @POST
    @Path("/campaigns/{id}/samples")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(summary = "Upload drive-test samples", description = """
            Rows: at (ISO-8601 with offset, inside the campaign period in +07:00), lat (-85.0511 to 85.0511, the
            extent of Web Mercator), lon (-180 to 180), signalDbm (received level, -150 to 0), speedKmh (0 or more),
            streetId (the inventory's id of the street driven; may be empty), outdoor. Indoor rows (INDOOR) and rows
            above 30 km/h (OVER_SPEED) are stored and excluded; a row that is both counts once, as INDOOR.
            JSON array or CSV with a header of the field names. All or nothing: one bad row and nothing is stored.
            Samples have no id: resend a batch with the same Idempotency-Key so that it is stored once.""")
    @RequestBody(content = {
            @Content(mediaType = BodyFormat.TEXT_CSV, examples = @ExampleObject(name = "drive test", value = SAMPLES_CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "drive test", value = SAMPLES_JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Stored (or, with dryRun, valid)",
            content = @Content(schema = @Schema(implementation = BatchReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "Campaign closed, or an Idempotency-Key reused with another body")
    @APIResponse(responseCode = "413", description = "Body over the configured limit")
    public BatchReceipt upload(@PathParam("id") UUID id,
            @Parameter(description = "Validate only; store nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Repeat a request safely: the same key and body answer as the first time")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context HttpHeaders headers,
            InputStream body) {
        return service.upload(id, caller(), BodyFormat.of(headers.getMediaType()), body, dryRun,
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey);
    }

    @GET
    @Path("/campaigns/{id}/batches")
    @Operation(summary = "List a campaign's uploads", description = "Who uploaded, when, how many rows, SHA-256 of the body; newest first")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BatchRecord.class)))
    public Response batches(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") Integer page,
            @QueryParam("size") @DefaultValue("100") Integer size) {
        return service.batches(id, PageRequest.of(page, size), caller()).toResponse();
    }

    @POST
    @Path("/campaigns/{id}/close")
    @Operation(summary = "Close a campaign", description = "Freezes it: later uploads are 409 and its result no longer changes")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "Already closed")
    public CampaignView close(@PathParam("id") UUID id) {
        return service.close(id, caller());
    }

    @GET
    @Path("/campaigns/{id}/result")
    @Operation(summary = "The campaign's KPI result", description = """
            coverage.outdoor: the area's valid samples (outdoor, at most 30 km/h) fall into square bins of binMeters
            in spherical Web Mercator (EPSG:3857: x = R lon, y = R ln(tan(pi/4 + lat/2)), R = 6378137 m), snapped to
            multiples of binMeters. A bin is covered when the median level of its valid samples is at least
            thresholdDbm. value = covered bins / measured bins, target > 0.90 (strict), with the Clopper-Pearson
            95 % interval over bins. sample.total/valid/exclusions count rows; "bins" and "streets" are added.
            Sufficient only when streets measured (at least one valid sample) / streets in the area's inventory
            >= 0.5. Web Mercator cells are not equal-area: on the ground a bin's side is binMeters x cos(lat).""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KpiResult.class)))
    public JsonNode result(@PathParam("id") UUID id) {
        return service.result(id, caller());
    }

    @GET
    @Path("/campaigns/{id}/map")
    @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "The measured bins as GeoJSON", description = "An RFC 7946 FeatureCollection: one Polygon per"
            + " measured bin (the inverse-projected corners of its Web Mercator square, [lon, lat], closed,"
            + " counter-clockwise), with medianDbm, samples (valid ones) and covered. Opens as is in QGIS or Leaflet.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = GEO_JSON, schema = @Schema(implementation = BinMap.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BinMap.class))})
    public BinMap map(@PathParam("id") UUID id) {
        return service.map(id, caller());
    }

    @GET
    @Path("/campaigns/{id}/unmeasured-streets")
    @Operation(summary = "Streets of the area without a valid sample", description = "Inventory streets of the"
            + " campaign's area that no valid sample of the campaign names: where to drive next. By street id, paged.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StreetView.class)))
    public Response unmeasuredStreets(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") Integer page,
            @QueryParam("size") @DefaultValue("100") Integer size) {
        var found = service.unmeasuredStreets(id, PageRequest.of(page, size), caller());
        return new Page<>(found.items().stream().map(StreetView::of).toList(), found.total()).toResponse();
    }

    @GET
    @Path("/compliance")
    @Operation(summary = "KPI results of every campaign whose period lies inside [from, to]")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KpiResult.class)))
    public List<JsonNode> compliance(@QueryParam("operatorId") String operatorId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return service.compliance(operatorId, from, to, caller());
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}

package org.qos.coverage.rest;

import java.io.InputStream;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.campaigns.rest.CampaignResource;
import org.qos.campaigns.rest.UploadParams;
import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageParams;
import org.qos.common.paging.PageRequest;
import org.qos.common.validation.QueryParams;
import org.qos.coverage.domain.BoundingBox;
import org.qos.coverage.domain.Campaign;
import org.qos.coverage.domain.MeasuredBin;
import org.qos.coverage.service.CoverageCampaignService;

import io.quarkus.security.identity.SecurityIdentity;

/** Clause 3.5's campaigns over HTTP: the shared lifecycle, and creation, samples, result, map and streets to drive. */
@Path("/api/v1/coverage/campaigns")
@Tag(name = "Outdoor coverage (clause 3.5)")
public class CoverageCampaignResource extends CampaignResource<Campaign, CoverageCampaignService, CampaignView, CampaignRequest> {

    /** RFC 7946's media type; application/json is served too. */
    public static final String GEO_JSON = "application/geo+json";
    /** Features per page of the map when size is not given (the largest page a list allows). */
    static final int MAP_PAGE_SIZE = PageRequest.MAX_SIZE;

    /** Also the CSV example, written as CSV. */
    private static final String SAMPLES_EXAMPLE = """
            [{"at": "2026-07-01T08:30:00+07:00", "lat": 21.02712, "lon": 105.85212, "signalDbm": -78.5,
              "speedKmh": 24.0, "streetId": "HN-0001", "outdoor": true},
             {"at": "2026-07-01T08:30:05+07:00", "lat": 21.02731, "lon": 105.85240, "signalDbm": -91.0,
              "speedKmh": 31.5, "streetId": "HN-0001", "outdoor": true},
             {"at": "2026-07-01T08:31:00+07:00", "lat": 21.02760, "lon": 105.85301, "signalDbm": -99.0,
              "speedKmh": 0, "streetId": "", "outdoor": false}]""";

    private static final String SAMPLES_DESCRIPTION = """
            Rows: at (ISO-8601 with offset, inside the campaign period in +07:00), lat (-85.0511 to 85.0511, the
            extent of Web Mercator), lon (-180 to 180), signalDbm (received level, -150 to 0), speedKmh (0 or more),
            streetId (the inventory's id of the street driven; may be empty), outdoor. Indoor rows (INDOOR) and rows
            above 30 km/h (OVER_SPEED) are stored and excluded; a row that is both counts once, as INDOOR.""";
    private static final String SAMPLES_ALL_OR_NOTHING = " All or nothing: one bad row and nothing is stored."
            + " Samples have no id: resend a batch with the same Idempotency-Key so that it is stored once.";

    public CoverageCampaignResource(CoverageCampaignService service, SecurityIdentity identity) {
        super(service, identity, CampaignView::of, (request, caller) -> service.create(request.campaign(), caller));
    }

    @POST
    @Path("/{id}/samples")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(operationId = "uploadCoverageSamples", summary = "Upload drive-test samples",
            description = SAMPLES_DESCRIPTION + SAMPLES_ALL_OR_NOTHING)
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = DriveTestSampleRow.class), examples = @ExampleObject(name = "drive test", value = SAMPLES_EXAMPLE)))
    public BatchReceipt upload(@PathParam("id") UUID id, @BeanParam UploadParams params, InputStream body) {
        return service().upload(id, caller(), params.of(body));
    }

    @GET
    @Path("/{id}/result")
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
        return service().results(id, caller()).get(0);
    }

    @GET
    @Path("/{id}/map")
    @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getCoverageCampaignMap", summary = "The measured bins as GeoJSON, paged",
            description = "An RFC 7946 FeatureCollection: one Polygon per measured bin (the inverse-projected corners of"
            + " its Web Mercator square, [lon, lat], closed, counter-clockwise), with medianDbm, samples (valid ones)"
            + " and covered. Opens as is in QGIS or Leaflet. Paged by features, south to north then west to east:"
            + " size (1 to " + PageRequest.MAX_SIZE + ", default " + MAP_PAGE_SIZE + " here) features from page"
            + " (0-based); X-Total-Count gives the number of features in all (within bbox when given): fetch pages"
            + " until it is reached for the whole map. bbox=minLon,minLat,maxLon,maxLat (WGS 84 degrees, minLon <="
            + " maxLon, minLat <= maxLat) keeps the bins that intersect that window.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = GEO_JSON, schema = @Schema(implementation = BinMap.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BinMap.class))})
    public Response map(@PathParam("id") UUID id,
            @Parameter(description = "minLon,minLat,maxLon,maxLat in WGS 84 degrees: only the bins intersecting this"
                    + " window", example = "105.80,21.00,105.90,21.05") @QueryParam("bbox") String bbox,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1000", minimum = "1",
                    maximum = "1000")) @QueryParam("size") String size) {
        BoundingBox box = BoundingBox.parse(bbox);
        Page<MeasuredBin> bins = service().map(id, box,
                QueryParams.page(page, size == null || size.isEmpty() ? String.valueOf(MAP_PAGE_SIZE) : size), caller());
        return Response.ok(BinMap.of(bins.items())).header(Page.TOTAL_COUNT_HEADER, bins.total()).build();
    }

    @GET
    @Path("/{id}/unmeasured-streets")
    @Operation(summary = "Streets of the area without a valid sample", description = "Inventory streets of the"
            + " campaign's area that no valid sample of the campaign names: where to drive next. By street id, paged.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StreetView.class)))
    public Response unmeasuredStreets(@PathParam("id") UUID id,
            @BeanParam PageParams paging) {
        return StreetView.page(service().unmeasuredStreets(id, paging.request(), caller()));
    }
}

package org.qos.coverage.rest;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.campaigns.upload.UploadReception;
import org.qos.common.problem.Problem;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.common.validation.QueryParams;
import org.qos.coverage.service.StreetInventoryService;

import io.quarkus.security.identity.SecurityIdentity;

/** The street inventory of an area over HTTP. */
@Path("/api/v1/coverage/areas/{areaCode}/streets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outdoor coverage (clause 3.5)")
public class StreetInventoryResource {

    private static final String JSON_EXAMPLE = """
            [{"streetId": "HN-0001", "name": "Trang Tien", "lengthMeters": 420},
             {"streetId": "HN-0002", "name": "Hang Bai", "lengthMeters": 880}]""";

    private static final String CSV_EXAMPLE = "streetId,name,lengthMeters\nHN-0001,Trang Tien,420\nHN-0002,Hang Bai,880";
    private static final String DESCRIPTION = "The whole inventory: streets not in the body are removed. streetId is"
            + " unique within the area (a repeat is 400), lengthMeters positive. The share of streets measured by a"
            + " campaign is judged against the inventory at the time of its result.";

    private final StreetInventoryService service;
    private final SecurityIdentity identity;
    private final UploadReception reception;

    public StreetInventoryResource(StreetInventoryService service, SecurityIdentity identity, UploadReception reception) {
        this.service = service;
        this.identity = identity;
        this.reception = reception;
    }

    /**
     * Received whole first, as every upload is (caps, deadline, size; no transaction while it arrives), then the
     * replacement in one transaction.
     */
    private int replace(String areaCode, BodyFormat format, InputStream body) {
        Caller caller = Caller.of(identity);
        return reception.receive(caller, new BatchUpload(format, body, false, null),
                received -> service.replace(areaCode, format, received.body(), caller));
    }

    @PUT
    @RolesAllowed(Roles.REGULATOR)
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(operationId = "replaceCoverageStreets", summary = "Replace the area's street inventory (regulator)",
            description = DESCRIPTION + " JSON array or CSV with the header streetId,name,lengthMeters (for generated"
                    + " clients: PUT .../streets/csv).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StreetRow.class),
                    examples = @ExampleObject(name = "streets", value = JSON_EXAMPLE)),
            @Content(mediaType = BodyFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "streets", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = InventoryReceipt.class)))
    @APIResponse(responseCode = "403", description = "Not the regulator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InventoryReceipt replace(@PathParam("areaCode") String areaCode, @Context HttpHeaders headers,
            InputStream body) {
        return new InventoryReceipt(areaCode, replace(areaCode, BodyFormat.of(headers.getMediaType()), body));
    }

    @PUT
    @Path("/csv")
    @RolesAllowed(Roles.REGULATOR)
    @Consumes(BodyFormat.TEXT_CSV)
    @Operation(operationId = "replaceCoverageStreetsCsv", summary = "Replace the area's street inventory from CSV"
            + " (regulator)", description = DESCRIPTION + " CSV (RFC 4180) with the header streetId,name,lengthMeters;"
                    + " the same replacement as PUT .../streets, for clients that send a file.")
    @RequestBody(required = true, content = @Content(mediaType = BodyFormat.TEXT_CSV,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "streets", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = InventoryReceipt.class)))
    @APIResponse(responseCode = "403", description = "Not the regulator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InventoryReceipt replaceCsv(@PathParam("areaCode") String areaCode, InputStream body) {
        return new InventoryReceipt(areaCode, replace(areaCode, BodyFormat.CSV, body));
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
    @Operation(summary = "The area's street inventory", description = "By street id, paged, with X-Total-Count")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StreetView.class)))
    public Response list(@PathParam("areaCode") String areaCode,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100")) @QueryParam("size") String size) {
        Caller.of(identity);
        return StreetView.page(service.list(areaCode, QueryParams.page(page, size)));
    }
}

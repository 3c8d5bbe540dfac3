package org.qos.coverage.rest;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.campaigns.upload.UploadReception;
import org.qos.common.paging.PageParams;
import org.qos.common.problem.Problem;
import org.qos.common.security.Caller;
import org.qos.common.security.Roles;
import org.qos.coverage.service.StreetInventoryService;

import io.quarkus.security.identity.SecurityIdentity;

/** The street inventory of an area over HTTP. */
@Path("/api/v1/coverage/areas/{areaCode}/streets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outdoor coverage (clause 3.5)")
public class StreetInventoryResource {

    /** Also the CSV example, written as CSV. */
    private static final String EXAMPLE = """
            [{"streetId": "HN-0001", "name": "Trang Tien", "lengthMeters": 420},
             {"streetId": "HN-0002", "name": "Hang Bai", "lengthMeters": 880}]""";
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

    @PUT
    @RolesAllowed(Roles.REGULATOR)
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(operationId = "replaceCoverageStreets", summary = "Replace the area's street inventory (regulator)",
            description = DESCRIPTION)
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = StreetRow.class), examples = @ExampleObject(name = "streets", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = InventoryReceipt.class)))
    @APIResponse(responseCode = "403", description = "Not the regulator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InventoryReceipt replace(@PathParam("areaCode") String areaCode, @Context HttpHeaders headers,
            InputStream body) {
        // received whole first, as every upload is, then the replacement in one transaction
        Caller caller = Caller.of(identity);
        BodyFormat format = BodyFormat.of(headers.getMediaType());
        int streets = reception.receive(caller, new BatchUpload(format, body, false, null),
                received -> service.replace(areaCode, format, received.body(), caller));
        return new InventoryReceipt(areaCode, streets);
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.OPERATOR})
    @Operation(summary = "The area's street inventory", description = "By street id, paged, with X-Total-Count")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StreetView.class)))
    public Response list(@PathParam("areaCode") String areaCode,
            @BeanParam PageParams paging) {
        Caller.of(identity);
        return StreetView.page(service.list(areaCode, paging.request()));
    }
}

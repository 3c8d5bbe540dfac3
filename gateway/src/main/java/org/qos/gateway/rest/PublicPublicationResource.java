package org.qos.gateway.rest;

import java.util.UUID;

import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.common.problem.Problem;
import org.qos.common.problem.ProblemException;
import org.qos.common.validation.QueryParams;
import org.qos.gateway.service.PublicationDocument;
import org.qos.gateway.service.PublicationService;
import org.qos.gateway.service.PublicationSummary;

/** Published scorecards, open to everyone without a token: the listing, and each publication as JSON or CSV. */
@Path(PublicPublicationResource.PATH)
@Tag(name = "Publications")
public class PublicPublicationResource {

    static final String PATH = "/api/v1/public/publications";
    private static final String TEXT_CSV = "text/csv";

    private final PublicationService publications;

    public PublicPublicationResource(PublicationService publications) {
        this.publications = publications;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicPublications", summary = "Published scorecards, newest first (no token needed)",
            description = "Each publication's period, revision, time of publication and every operator's overall"
                    + " verdict: the current revision of each period, or with ?history=true every revision (a"
                    + " superseded one with supersededBy). Paged (page from 0, size up to 1000), with X-Total-Count.")
    @APIResponse(responseCode = "200", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublicationSummary.class)))
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size,
            @Parameter(description = "true: every revision of every period, superseded ones included; false"
                    + " (default): the current revision of each period", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("history") String history) {
        return publications.list(QueryParams.page(page, size), QueryParams.flag("history", history, false))
                .toResponse();
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(operationId = "getPublicPublication", summary = "A publication as JSON, or as CSV open data (no token needed)",
            description = "JSON: the snapshot exactly as published (revision, scorecards, profile, methods,"
                    + " samples), followed by supersededBy once a later revision of the period replaced it. CSV"
                    + " (Accept: text/csv, or ?format=csv for a plain link): one row per KPI result, with the"
                    + " revision. ?format=json forces JSON.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicationDocument.class)),
            @Content(mediaType = TEXT_CSV, examples = @ExampleObject(name = "open data", value = """
                    publicationId,publishedAt,standard,profileVersion,periodFrom,periodTo,operatorId,overall,family,\
                    kpiId,clause,areaCode,campaignId,method,periodStart,periodEnd,value,unit,comparator,target,\
                    sampleTotal,sampleValid,sampleExcluded,sampleRequired,sufficient,confidenceLevel,lower,upper,\
                    verdict,conclusive,revision,supersedes"""))})
    @APIResponse(responseCode = "400", description = "An id that is not a UUID, or an unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such publication",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id,
            @Parameter(description = "csv or json; without it, the Accept header decides", example = "csv")
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        UUID publicationId = uuid(id);
        boolean csv;
        if (format == null || format.isBlank()) {
            // The most preferred of the two (Accept is sorted by preference, ties in the order given): a generated
            // client that accepts both, JSON first, gets JSON; */* is JSON.
            csv = headers.getAcceptableMediaTypes().stream()
                    .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || isCsv(type))
                    .findFirst().map(PublicPublicationResource::isCsv).orElse(false);
        } else if (format.equals("csv") || format.equals("json")) {
            csv = format.equals("csv");
        } else {
            throw ProblemException.invalidField("format", "must be csv or json");
        }
        if (csv) {
            return Response.ok(publications.csv(publicationId), TEXT_CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "inline; filename=\"publication-" + publicationId + ".csv\"")
                    .build();
        }
        return Response.ok(publications.json(publicationId), MediaType.APPLICATION_JSON).build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("id", "'" + id + "' is not a UUID");
        }
    }

    private static boolean isCsv(MediaType type) {
        return "text".equals(type.getType()) && "csv".equals(type.getSubtype());
    }
}

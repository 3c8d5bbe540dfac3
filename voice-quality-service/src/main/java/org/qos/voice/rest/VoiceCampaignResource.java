package org.qos.voice.rest;

import java.io.InputStream;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.campaigns.rest.CampaignResource;
import org.qos.campaigns.rest.UploadParams;
import org.qos.common.kpi.KpiResult;
import org.qos.voice.domain.Campaign;
import org.qos.voice.service.VoiceCampaignService;

import io.quarkus.security.identity.SecurityIdentity;

/** Clause 3.4's campaigns over HTTP: the shared lifecycle, and creation, samples and result. */
@Path("/api/v1/voice/campaigns")
@Tag(name = "Voice quality (clause 3.4)")
public class VoiceCampaignResource extends CampaignResource<Campaign, VoiceCampaignService, CampaignView, CampaignRequest> {

    /** Also the CSV example, written as CSV. */
    private static final String SAMPLES_EXAMPLE = """
            [{"callId": "C-000001", "startedAt": "2026-07-01T08:30:00+07:00", "score": 3.8, "speedKmh": 12.5, "onNet": true},
             {"callId": "C-000002", "startedAt": "2026-07-01T08:32:10+07:00", "score": 2.9, "speedKmh": 31, "onNet": true}]""";

    private static final String SAMPLES_DESCRIPTION = """
            Rows by the campaign's method. OBJECTIVE: callId, startedAt, score (the instrument's native value: P.862
            raw PESQ -0.5 to 4.5; P.862.1, P.862.2, P.863 MOS-LQO 1.0 to 5.0; G.107 R 0 to 100), speedKmh, onNet;
            rows off the network (OFF_NET) or above 30 km/h (OVER_SPEED) are stored and excluded; a campaign of an
            instrument without a mapping onto MOS (P.861, created before they were refused) takes none (409).
            CUSTOMER_SURVEY:
            respondentId, channel (MAIL|EMAIL|FAX|PHONE), handsetModel, usageMonths, score (1-5), reasons (codes of
            the appendix, only with a score of 3 or less; in CSV separated by ';'). EXPERT_PANEL: expertId,
            successfulCalls, score (1-5); fewer than 30 successful calls is TOO_FEW_CALLS. All or nothing: one bad row
            and nothing is stored.""";

    public VoiceCampaignResource(VoiceCampaignService service, SecurityIdentity identity) {
        super(service, identity, CampaignView::of, (request, caller) -> service.create(request.campaign(), caller));
    }

    @POST
    @Path("/{id}/samples")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    @Operation(operationId = "uploadVoiceSamples", summary = "Upload samples", description = SAMPLES_DESCRIPTION)
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = VoiceSampleRow.class), examples = @ExampleObject(name = "objective", value = SAMPLES_EXAMPLE)))
    public BatchReceipt upload(@PathParam("id") UUID id,
            @BeanParam UploadParams upload, InputStream body) {
        return service().upload(id, caller(), upload.of(body));
    }

    @GET
    @Path("/{id}/result")
    @Operation(summary = "The campaign's KPI result", description = "voice.quality: share of valid calls (opinions)"
            + " scoring 3 or more, target >= 0.90, with the Clopper-Pearson 95 % interval. An objective result names"
            + " its instrument, scoreScale, scoreMapping (ITU-T P.862.1; none (MOS-LQO); ITU-T G.107 Annex B (MOS-CQE,"
            + " estimate)) and goodScoreNativeMin, the smallest native score whose mapped value is 3 or more; a"
            + " campaign of an instrument without a mapping (P.861) is INSUFFICIENT_DATA. A survey result adds the"
            + " histogram of reasons.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KpiResult.class)))
    public JsonNode result(@PathParam("id") UUID id) {
        return service().results(id, caller()).get(0);
    }
}

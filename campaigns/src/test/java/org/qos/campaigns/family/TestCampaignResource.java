package org.qos.campaigns.family;

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

import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.campaigns.rest.CampaignResource;
import org.qos.campaigns.rest.UploadParams;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The test family over HTTP: the shared list/get/batches/close, and its create, rows (measurements), records (the
 * operator's own) and result.
 */
@Path("/api/v1/test/campaigns")
public class TestCampaignResource extends CampaignResource<TestCampaign, TestCampaignService, TestCampaignView, TestCampaignRequest> {

    public TestCampaignResource(TestCampaignService service, SecurityIdentity identity) {
        super(service, identity, (campaign, zone) -> TestCampaignView.of(campaign), (request, caller) -> service.create(new TestCampaignService.NewCampaign(
                request.operatorId(), request.label(), request.periodStart(), request.periodEnd()), caller));
    }

    @POST
    @Path("/{id}/rows")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    public BatchReceipt upload(@PathParam("id") UUID id, @BeanParam UploadParams upload, InputStream body) {
        return service().upload(id, caller(), upload.of(body));
    }

    @POST
    @Path("/{id}/records")
    @Consumes({MediaType.APPLICATION_JSON, BodyFormat.TEXT_CSV})
    public BatchReceipt uploadRecords(@PathParam("id") UUID id, @BeanParam UploadParams upload, InputStream body) {
        return service().uploadRecords(id, caller(), upload.of(body));
    }

    @GET
    @Path("/{id}/result")
    public JsonNode result(@PathParam("id") UUID id) {
        return service().results(id, caller()).get(0);
    }
}

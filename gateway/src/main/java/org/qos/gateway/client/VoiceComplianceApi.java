package org.qos.gateway.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** The voice service's compliance listing (api.md "KPI results"); used only through {@link ComplianceClients}. */
@RegisterRestClient(configKey = "voice")
@RegisterProvider(UpstreamStatusMapper.class)
@Path("/api/v1/voice/compliance")
interface VoiceComplianceApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<List<JsonNode>> compliance(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("operatorId") String operatorId, @QueryParam("from") String from, @QueryParam("to") String to);
}

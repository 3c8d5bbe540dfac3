package org.qos.voice.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.campaigns.rest.ComplianceResource;
import org.qos.voice.service.VoiceCampaignService;

import io.quarkus.security.identity.SecurityIdentity;

/** The voice.quality results of every campaign in a window, for scorecards and the portal. */
@Path("/api/v1/voice/compliance")
@Tag(name = "Voice quality (clause 3.4)")
public class VoiceComplianceResource extends ComplianceResource {

    public VoiceComplianceResource(VoiceCampaignService service, SecurityIdentity identity) {
        super(identity, service);
    }
}

package org.qos.coverage.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.campaigns.rest.ComplianceResource;
import org.qos.coverage.service.CoverageCampaignService;

import io.quarkus.security.identity.SecurityIdentity;

/** The coverage.outdoor results of every campaign in a window, for scorecards and the portal. */
@Path("/api/v1/coverage/compliance")
@Tag(name = "Outdoor coverage (clause 3.5)")
public class CoverageComplianceResource extends ComplianceResource {

    public CoverageComplianceResource(CoverageCampaignService service, SecurityIdentity identity) {
        super(identity, service);
    }
}

package org.qos.campaigns.family;

import jakarta.ws.rs.Path;

import org.qos.campaigns.rest.ComplianceResource;

import io.quarkus.security.identity.SecurityIdentity;

/** The test family's compliance listing. */
@Path("/api/v1/test/compliance")
public class TestComplianceResource extends ComplianceResource {

    public TestComplianceResource(SecurityIdentity identity, TestCampaignService service) {
        super(identity, service);
    }
}

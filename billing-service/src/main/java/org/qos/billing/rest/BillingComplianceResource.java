package org.qos.billing.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qos.billing.service.BillingCampaignService;
import org.qos.billing.service.InvoiceAuditService;
import org.qos.campaigns.rest.ComplianceResource;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The billing results of every campaign and audit in a window: billing.wrong-calls and billing.wrong-time of each
 * test-call campaign, then billing.invoice-errors of each invoice audit.
 */
@Path("/api/v1/billing/compliance")
@Tag(name = "Invoice audits and statements (clause 3.7)")
public class BillingComplianceResource extends ComplianceResource {

    public BillingComplianceResource(BillingCampaignService campaigns, InvoiceAuditService audits,
            SecurityIdentity identity) {
        super(identity, campaigns, audits);
    }
}

package org.qos.billing.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.billing.domain.InvoiceAudit;
import org.qos.campaigns.repository.CampaignQueries;

/** Invoice audit queries: the shared ones. */
@ApplicationScoped
public class InvoiceAuditRepository implements CampaignQueries<InvoiceAudit> {
}

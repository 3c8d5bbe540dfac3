package org.qos.billing.rest;

import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.campaigns.rest.CampaignFields;
import org.qos.billing.domain.InvoiceAudit;

/** An invoice audit as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An invoice audit", requiredProperties = {"currency"})
public record AuditView(
        @JsonUnwrapped CampaignFields audit,
        @Schema(example = "VND") String currency) {

    public static AuditView of(InvoiceAudit audit, ZoneOffset zone) {
        return new AuditView(CampaignFields.of(audit, zone), audit.getCurrency());
    }
}

package org.qos.billing.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.campaigns.rest.CampaignState;
import org.qos.billing.domain.InvoiceAudit;

/** An invoice audit as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An invoice audit", requiredProperties = {"id", "operatorId", "periodStart", "periodEnd", "currency",
        "status", "createdAt", "createdBy", "createdByRole"})
public record AuditView(
        UUID id,
        @Schema(example = "ALPHA") String operatorId,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(example = "VND") String currency,
        @JsonUnwrapped CampaignState state) {

    public static AuditView of(InvoiceAudit audit, ZoneOffset zone) {
        return new AuditView(audit.getId(), audit.getOperatorId(), audit.getPeriodStart(), audit.getPeriodEnd(),
                audit.getCurrency(), CampaignState.of(audit, zone));
    }
}

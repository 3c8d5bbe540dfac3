package org.qos.billing.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.billing.domain.InvoiceAudit;

/** An invoice audit as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An invoice audit")
public record AuditView(
        UUID id,
        @Schema(example = "ALPHA") String operatorId,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(example = "VND") String currency,
        @Schema(description = "OPEN takes uploads; CLOSED is frozen", example = "OPEN") String status,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime closedAt,
        String closedBy) {

    public static AuditView of(InvoiceAudit audit, ZoneOffset zone) {
        return new AuditView(audit.getId(), audit.getOperatorId(), audit.getPeriodStart(), audit.getPeriodEnd(),
                audit.getCurrency(), audit.isClosed() ? "CLOSED" : "OPEN", audit.getCreatedAt().atOffset(zone),
                audit.getCreatedBy(), audit.getClosedAt() == null ? null : audit.getClosedAt().atOffset(zone),
                audit.getClosedBy());
    }
}

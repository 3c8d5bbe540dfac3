package org.qos.billing.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.billing.service.InvoiceAuditService;

/** A new invoice audit. */
@Schema(description = "A new invoice audit. currency is an ISO 4217 code (default VND)", example = "{\"operatorId\": \"ALPHA\", \"periodStart\": \"2026-04-01\","
        + " \"periodEnd\": \"2026-06-30\", \"currency\": \"VND\"}")
public record AuditRequest(
        @Schema(example = "ALPHA") String operatorId,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(description = "ISO 4217 code of the charges (default VND)", example = "VND") String currency) {

    InvoiceAuditService.NewAudit audit() {
        return new InvoiceAuditService.NewAudit(operatorId, periodStart, periodEnd, currency);
    }
}

package org.qos.billing.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: one row of an invoice audit, a charging record and an invoice line alike, as the API reads it
 * (field names as the service's row schema has them; a test keeps the two equal).
 */
@Schema(name = "InvoiceAuditRow", description = "One audited call: a charging record or an invoice line (the same"
        + " fields; they pair by recordId). Unknown fields are refused.",
        requiredProperties = {"recordId", "subscriber", "callee", "startedAt", "endedAt", "charge"},
        additionalProperties = Schema.False.class, example = """
        {"recordId": "CDR-000001", "subscriber": "0243 825 1234", "callee": "0912 345 678",
         "startedAt": "2026-04-02T09:00:00+07:00", "endedAt": "2026-04-02T09:02:00+07:00", "charge": 1600}""")
public record InvoiceAuditRow(
        @Schema(description = "The call's id, unique in the audit; pairs records with lines", maxLength = 64,
                example = "CDR-000001") String recordId,
        @Schema(description = "The subscriber's number (the invoice's address); numbers compare as their digits only;"
                + " a line billed to another subscriber than its record's is wrong", maxLength = 32,
                example = "0243 825 1234") String subscriber,
        @Schema(description = "The called number; numbers compare as their digits only", maxLength = 32,
                example = "0912 345 678") String callee,
        @Schema(description = "When the call started (ISO-8601 with offset)", example = "2026-04-02T09:00:00+07:00")
        OffsetDateTime startedAt,
        @Schema(description = "When the call ended (ISO-8601 with offset), not before startedAt",
                example = "2026-04-02T09:02:00+07:00") OffsetDateTime endedAt,
        @Schema(description = "The charge, 0 or more, with at most the currency's minor-unit digits (none for VND)",
                minimum = "0", example = "1600") BigDecimal charge) {
}

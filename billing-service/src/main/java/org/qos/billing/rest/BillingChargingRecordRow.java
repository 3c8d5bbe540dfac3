package org.qos.billing.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: one of the operator's charging records of a test-call campaign as the API reads it (field
 * names as the service's row schema has them; a test keeps the two equal).
 */
@Schema(name = "BillingChargingRecordRow", description = "One charging record of the test numbers, as the"
        + " operator's billing system holds it. Unknown fields are refused.",
        requiredProperties = {"recordId", "caller", "callee", "startedAt", "durationSeconds", "charge"},
        additionalProperties = Schema.False.class, example = """
        {"recordId": "R-0001", "caller": "842438251234", "callee": "0912345678",
         "startedAt": "2026-04-02T09:00:03+07:00", "durationSeconds": 121, "charge": 1600}""")
public record BillingChargingRecordRow(
        @Schema(description = "The record's id, unique in the campaign", maxLength = 64, example = "R-0001")
        String recordId,
        @Schema(description = "The calling number; numbers compare as their digits only", maxLength = 32,
                example = "842438251234") String caller,
        @Schema(description = "The called number; numbers compare as their digits only", maxLength = 32,
                example = "0912345678") String callee,
        @Schema(description = "When the call started by the switch's clock (ISO-8601 with offset)",
                example = "2026-04-02T09:00:03+07:00") OffsetDateTime startedAt,
        @Schema(description = "The charged duration in seconds, whole or decimal: a JSON number with at most three"
                + " decimals (milliseconds; more is refused, never rounded)", type = SchemaType.NUMBER,
                minimum = "0", maximum = "86400", multipleOf = 0.001, example = "121") BigDecimal durationSeconds,
        @Schema(description = "The charge, in the currency's units", minimum = "0", example = "1600")
        BigDecimal charge) {
}

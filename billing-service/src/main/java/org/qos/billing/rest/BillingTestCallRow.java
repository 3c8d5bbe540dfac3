package org.qos.billing.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: one call of the test equipment's log as the API reads it (field names as the service's row
 * schema has them; a test keeps the two equal).
 */
@Schema(name = "BillingTestCallRow", description = "One test call as the test equipment logged it (the truth)."
        + " Unknown fields are refused; calls shorter than 60 s or longer than 360 s are stored and excluded"
        + " (OUT_OF_RANGE_DURATION), on the exact duration: 59.999 s is excluded, 60 s counts.",
        requiredProperties = {"callId", "caller", "callee", "direction", "startedAt", "durationSeconds"},
        additionalProperties = Schema.False.class, example = """
        {"callId": "C-0001", "caller": "+84 24 3825 1234", "callee": "0912 345 678", "direction": "MOBILE",
         "startedAt": "2026-04-02T09:00:00+07:00", "durationSeconds": 120.25}""")
public record BillingTestCallRow(
        @Schema(description = "The call's id, unique in the campaign", maxLength = 64, example = "C-0001")
        String callId,
        @Schema(description = "The calling number as logged; numbers compare as their digits only",
                maxLength = 32, example = "+84 24 3825 1234") String caller,
        @Schema(description = "The called number as logged; numbers compare as their digits only", maxLength = 32,
                example = "0912 345 678") String callee,
        @Schema(description = "Where the call goes", enumeration = {"ON_NET", "OTHER_PHS", "PSTN", "MOBILE"},
                example = "MOBILE") String direction,
        @Schema(description = "When the call started (ISO-8601 with offset)", example = "2026-04-02T09:00:00+07:00")
        OffsetDateTime startedAt,
        @Schema(description = "The call's real duration in seconds, as measured: a JSON number with at most three"
                + " decimals (milliseconds; more is refused, never rounded)", type = SchemaType.NUMBER,
                minimum = "0", maximum = "86400", multipleOf = 0.001, example = "120.25") BigDecimal durationSeconds) {
}

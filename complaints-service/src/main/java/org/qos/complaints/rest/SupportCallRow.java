package org.qos.complaints.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: one call of an operator's support-call log as the API reads it (field names as the service's
 * row schema has them; a test keeps the two equal).
 */
@Schema(name = "SupportCallRow", description = "One call to the support line. Unknown fields are refused.",
        requiredProperties = {"callId", "at"},
        additionalProperties = Schema.False.class,
        example = "{\"callId\": \"SC-000001\", \"at\": \"2026-07-01T08:30:00+07:00\", \"answeredAfterSeconds\": 42}")
public record SupportCallRow(
        @Schema(description = "The call's id, unique per operator", maxLength = 64, example = "SC-000001")
        String callId,
        @Schema(description = "When the call came in (ISO-8601 with offset); not more than the allowed clock"
                + " skew (qos.complaints.clock-skew, default 5 minutes) ahead of the server's clock", example = "2026-07-01T08:30:00+07:00")
        OffsetDateTime at,
        @Schema(description = "Seconds until an agent answered, 0 to 86400; absent or null: abandoned (in CSV the"
                + " column is required and an empty cell is abandoned)", minimum = "0", maximum = "86400",
                nullable = true, example = "42") BigDecimal answeredAfterSeconds) {
}

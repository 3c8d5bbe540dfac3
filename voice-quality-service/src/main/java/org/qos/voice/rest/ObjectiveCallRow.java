package org.qos.voice.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: one row of an OBJECTIVE campaign's samples as the API reads it (the service reads rows with
 * its row schema, whose field names these components repeat; a test keeps the two equal).
 */
@Schema(name = "ObjectiveCallRow", description = "One measured call of an OBJECTIVE campaign. Unknown fields are"
        + " refused; rows off the network (OFF_NET) or above 30 km/h (OVER_SPEED) are stored and excluded.",
        requiredProperties = {"callId", "startedAt", "score", "speedKmh", "onNet"},
        additionalProperties = Schema.False.class, example = """
        {"callId": "C-000001", "startedAt": "2026-07-01T08:30:00+07:00", "score": 3.8, "speedKmh": 12.5,
         "onNet": true}""")
public record ObjectiveCallRow(
        @Schema(description = "The call's id, unique in the campaign", maxLength = 64, example = "C-000001")
        String callId,
        @Schema(description = "When the call started (ISO-8601 with offset), inside the campaign period",
                example = "2026-07-01T08:30:00+07:00") OffsetDateTime startedAt,
        @Schema(description = "The call's score, the campaign instrument's native value within its range in the"
                + " quality profile: P.862 raw PESQ -0.5 to 4.5; P.862.1, P.862.2, P.863 MOS-LQO 1.0 to 5.0; G.107"
                + " E-model R 0 to 100. Outside the range: 400 naming row and field",
                example = "3.8") BigDecimal score,
        @Schema(description = "Speed of the measuring vehicle, km/h", minimum = "0", maximum = "1000",
                example = "12.5") BigDecimal speedKmh,
        @Schema(description = "Whether the call stayed on the operator's network", example = "true") Boolean onNet)
        implements VoiceSampleRow {
}

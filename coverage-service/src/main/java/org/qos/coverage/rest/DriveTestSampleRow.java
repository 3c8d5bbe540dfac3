package org.qos.coverage.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: one drive-test sample as the API reads it (field names as the service's row schema has them;
 * a test keeps the two equal).
 */
@Schema(name = "DriveTestSampleRow", description = "One drive-test measurement. Unknown fields are refused; indoor"
        + " rows (INDOOR) and rows above 30 km/h (OVER_SPEED) are stored and excluded.",
        requiredProperties = {"at", "lat", "lon", "signalDbm", "speedKmh", "outdoor"},
        additionalProperties = Schema.False.class, example = """
        {"at": "2026-07-01T08:30:00+07:00", "lat": 21.02712, "lon": 105.85212, "signalDbm": -78.5,
         "speedKmh": 24.0, "streetId": "HN-0001", "outdoor": true}""")
public record DriveTestSampleRow(
        @Schema(description = "When measured (ISO-8601 with offset), inside the campaign period",
                example = "2026-07-01T08:30:00+07:00") OffsetDateTime at,
        @Schema(description = "Latitude, degrees (WGS 84), within Web Mercator's extent (-85.0511 to 85.0511)",
                minimum = "-85.0511", maximum = "85.0511", example = "21.02712") BigDecimal lat,
        @Schema(description = "Longitude, degrees (WGS 84)", minimum = "-180", maximum = "180",
                example = "105.85212") BigDecimal lon,
        @Schema(description = "Received signal level, dBm", minimum = "-150", maximum = "0", example = "-78.5")
        BigDecimal signalDbm,
        @Schema(description = "Speed of the measuring vehicle, km/h", minimum = "0", maximum = "1000",
                example = "24.0") BigDecimal speedKmh,
        @Schema(description = "The inventory's id of the street driven; absent, null or empty: off the inventory's"
                + " streets (e.g. a square)", maxLength = 64, nullable = true, example = "HN-0001") String streetId,
        @Schema(description = "Whether measured outdoors", example = "true") Boolean outdoor) {
}

package org.qos.coverage.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: one street of an area's inventory as the API reads it (field names as the service's row
 * schema has them; a test keeps the two equal).
 */
@Schema(name = "StreetRow", description = "One street of the area's inventory. Unknown fields are refused.",
        requiredProperties = {"streetId", "name", "lengthMeters"},
        additionalProperties = Schema.False.class,
        example = "{\"streetId\": \"HN-0001\", \"name\": \"Trang Tien\", \"lengthMeters\": 420}")
public record StreetRow(
        @Schema(description = "The street's id, unique within the area", maxLength = 64, example = "HN-0001")
        String streetId,
        @Schema(description = "The street's name", maxLength = 200, example = "Trang Tien") String name,
        @Schema(description = "The street's length, metres, positive", minimum = "0", exclusiveMinimum = true,
                maximum = "40075000", example = "420") BigDecimal lengthMeters) {
}

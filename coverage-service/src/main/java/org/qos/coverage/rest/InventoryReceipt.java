package org.qos.coverage.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a replaced street inventory. */
@Schema(description = "A replaced street inventory", example = "{\"areaCode\": \"HN\", \"streets\": 120}")
public record InventoryReceipt(
        @Schema(example = "HN") String areaCode,
        @Schema(description = "Streets now in the inventory", example = "120") int streets) {
}

package org.qos.coverage.rest;

import java.math.BigDecimal;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.common.paging.Page;
import org.qos.coverage.domain.Street;

/** A street of an area's inventory. */
@Schema(description = "A street of an area's inventory",
        example = "{\"streetId\": \"HN-0001\", \"name\": \"Trang Tien\", \"lengthMeters\": 420}")
public record StreetView(
        @Schema(description = "Unique within the area", example = "HN-0001") String streetId,
        @Schema(example = "Trang Tien") String name,
        @Schema(description = "Length, metres", example = "420") BigDecimal lengthMeters) {

    public static StreetView of(Street street) {
        return new StreetView(street.streetId(), street.name(), street.lengthMeters());
    }

    /** A page of streets as the API lists them, with X-Total-Count. */
    static Response page(Page<Street> streets) {
        return new Page<>(streets.items().stream().map(StreetView::of).toList(), streets.total()).toResponse();
    }
}

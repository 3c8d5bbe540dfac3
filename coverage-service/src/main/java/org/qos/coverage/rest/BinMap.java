package org.qos.coverage.rest;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.coverage.domain.MeasuredBin;

/**
 * A campaign's measured bins as an RFC 7946 GeoJSON FeatureCollection: one Polygon per bin, positions
 * {@code [lon, lat]} in WGS 84 degrees, each ring closed and counter-clockwise.
 */
@Schema(description = "GeoJSON FeatureCollection (RFC 7946) of the measured bins", example = """
        {"type": "FeatureCollection", "features": [{"type": "Feature", "id": "1178252:2400351",
          "geometry": {"type": "Polygon", "coordinates": [[[105.8478, 21.0269], [105.8487, 21.0269],
            [105.8487, 21.0277], [105.8478, 21.0277], [105.8478, 21.0269]]]},
          "properties": {"medianDbm": -78.5, "samples": 42, "covered": true, "binX": 1178252, "binY": 2400351}}]}""")
@JsonPropertyOrder({"type", "features"})
public record BinMap(
        @Schema(example = "FeatureCollection") String type,
        List<Feature> features) {

    /** The map of a campaign's measured bins: one feature each, in their order. */
    public static BinMap of(List<MeasuredBin> bins) {
        return new BinMap("FeatureCollection", bins.stream().map(bin -> new Feature("Feature", bin.x() + ":" + bin.y(),
                Polygon.of(bin.ring()), new Properties(bin.medianDbm(), bin.samples(), bin.covered(), bin.x(), bin.y())))
                .toList());
    }

    @Schema(name = "BinFeature", description = "One measured bin")
    @JsonPropertyOrder({"type", "id", "geometry", "properties"})
    public record Feature(
            @Schema(example = "Feature") String type,
            @Schema(description = "binX:binY", example = "1178252:2400351") String id,
            Polygon geometry,
            Properties properties) {
    }

    @Schema(name = "BinPolygon", description = "The bin's square: one closed ring of [lon, lat] positions")
    @JsonPropertyOrder({"type", "coordinates"})
    public record Polygon(
            @Schema(example = "Polygon") String type,
            List<List<double[]>> coordinates) {

        public static Polygon of(List<double[]> ring) {
            return new Polygon("Polygon", List.of(ring));
        }
    }

    @Schema(name = "BinProperties", description = "What was measured in the bin")
    public record Properties(
            @Schema(description = "Median received level of the bin's valid samples, dBm", example = "-78.5")
            BigDecimal medianDbm,
            @Schema(description = "Valid samples in the bin", example = "42") long samples,
            @Schema(description = "medianDbm >= the campaign's thresholdDbm") boolean covered,
            @Schema(description = "Grid column: floor(x / binMeters), x in Web Mercator metres") long binX,
            @Schema(description = "Grid row: floor(y / binMeters), y in Web Mercator metres") long binY) {
    }
}

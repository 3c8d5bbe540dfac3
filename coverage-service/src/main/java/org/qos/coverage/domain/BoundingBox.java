package org.qos.coverage.domain;

import java.util.List;

import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;

/**
 * A map window: {@code minLon,minLat,maxLon,maxLat} in WGS 84 degrees (the GeoJSON {@code bbox} order), and the grid
 * cells of a bin size that intersect it. A window does not cross the antimeridian (minLon <= maxLon).
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    /** The parameter's name, in every error. */
    public static final String PARAMETER = "bbox";

    /** The cells of {@code binMeters} bins that intersect the box, inclusive: columns x0..x1, rows y0..y1. */
    public record Cells(long x0, long x1, long y0, long y1) {
    }

    /** The box of a query parameter, or null when it is absent or empty; 400 naming {@code bbox} when malformed. */
    public static BoundingBox parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String[] parts = raw.split(",", -1);
        if (parts.length != 4) {
            throw invalid("must be four numbers minLon,minLat,maxLon,maxLat (WGS 84 degrees)");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i].strip();
            if (!part.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)")) {
                throw invalid("must be four numbers minLon,minLat,maxLon,maxLat (WGS 84 degrees); '"
                        + (part.length() > 32 ? part.substring(0, 32) + "…" : part) + "' is not a number");
            }
            values[i] = Double.parseDouble(part);
        }
        BoundingBox box = new BoundingBox(values[0], values[1], values[2], values[3]);
        if (Math.abs(box.minLon) > 180 || Math.abs(box.maxLon) > 180) {
            throw invalid("longitudes must be between -180 and 180");
        }
        if (Math.abs(box.minLat) > 90 || Math.abs(box.maxLat) > 90) {
            throw invalid("latitudes must be between -90 and 90");
        }
        if (box.minLon > box.maxLon || box.minLat > box.maxLat) {
            throw invalid("minLon must not exceed maxLon, nor minLat maxLat");
        }
        return box;
    }

    private static ProblemException invalid(String message) {
        return ProblemException.invalid(List.of(FieldError.of(PARAMETER, message)));
    }

    /** The grid cells of {@code binMeters} that intersect the box (latitudes clamped to Web Mercator's square). */
    public Cells cells(int binMeters) {
        double south = clampLat(minLat);
        double north = clampLat(maxLat);
        return new Cells((long) Math.floor(WebMercator.x(minLon) / binMeters),
                (long) Math.floor(WebMercator.x(maxLon) / binMeters),
                (long) Math.floor(WebMercator.y(south) / binMeters),
                (long) Math.floor(WebMercator.y(north) / binMeters));
    }

    private static double clampLat(double lat) {
        return Math.max(-WebMercator.MAX_LATITUDE, Math.min(WebMercator.MAX_LATITUDE, lat));
    }
}

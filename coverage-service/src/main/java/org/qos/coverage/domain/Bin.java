package org.qos.coverage.domain;

import java.util.List;

/**
 * One square of a campaign's grid: column {@code x} and row {@code y} of the Web Mercator plane cut into squares
 * of {@code binMeters}, snapped to multiples of it, i.e. the square {@code [x*b, (x+1)*b) x [y*b, (y+1)*b)}.
 */
public record Bin(long x, long y) {

    /** The bin holding a position: {@code (floor(mercX / b), floor(mercY / b))}, as the database computes it. */
    public static Bin of(double latDegrees, double lonDegrees, int binMeters) {
        return new Bin((long) Math.floor(WebMercator.x(lonDegrees) / binMeters),
                (long) Math.floor(WebMercator.y(latDegrees) / binMeters));
    }

    /**
     * The bin's outline as a closed GeoJSON ring (RFC 7946): positions {@code [lon, lat]} in degrees,
     * counter-clockwise from the south-west corner (the right-hand rule for exterior rings), the first position
     * repeated at the end.
     */
    public List<double[]> ring(int binMeters) {
        double west = WebMercator.lon((double) x * binMeters);
        double east = WebMercator.lon((double) (x + 1) * binMeters);
        double south = WebMercator.lat((double) y * binMeters);
        double north = WebMercator.lat((double) (y + 1) * binMeters);
        return List.of(new double[] {west, south}, new double[] {east, south}, new double[] {east, north},
                new double[] {west, north}, new double[] {west, south});
    }
}

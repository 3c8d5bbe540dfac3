package org.qos.coverage.domain;

/**
 * Spherical Web Mercator (EPSG:3857), the metric projection of the coverage bins:
 * {@code x = R * lon}, {@code y = R * ln(tan(pi/4 + lat/2))} (angles in radians), {@code R = 6378137 m}.
 * A sample's position is computed here and stored with it (columns {@code merc_x, merc_y}), so that the bins counted
 * as a batch streams and those the statistics query groups are the same to the bit; the inverse gives a bin's
 * corners.
 * <p>
 * Web Mercator is conformal, not equal-area: at latitude phi one projected metre is {@code cos(phi)} metres on
 * the ground, so a bin of {@code binMeters} is a square of {@code binMeters * cos(phi)} on the ground
 * (93.4 m for 100 m at Hanoi, 21.0 deg N; 95.4 m at Ho Chi Minh City, 10.8 deg N). Within one city the factor
 * varies by well under 1 %, so the bins of a campaign are equal squares to that precision.
 */
public final class WebMercator {

    /** The sphere's radius, metres (the WGS 84 semi-major axis, as EPSG:3857 uses it). */
    public static final double EARTH_RADIUS_METERS = 6_378_137.0;

    /** The latitude where the projection's square world ends: atan(sinh(pi)), degrees. Beyond it no bin exists. */
    public static final double MAX_LATITUDE = 85.0511287798;

    private WebMercator() {
    }

    /** Projected x, metres, of a longitude in degrees. */
    public static double x(double lonDegrees) {
        return EARTH_RADIUS_METERS * Math.toRadians(lonDegrees);
    }

    /** Projected y, metres, of a latitude in degrees (|lat| <= {@link #MAX_LATITUDE}). */
    public static double y(double latDegrees) {
        return EARTH_RADIUS_METERS * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latDegrees) / 2));
    }

    /** Longitude in degrees of a projected x. */
    public static double lon(double x) {
        return Math.toDegrees(x / EARTH_RADIUS_METERS);
    }

    /** Latitude in degrees of a projected y. */
    public static double lat(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / EARTH_RADIUS_METERS)) - Math.PI / 2);
    }

    /** Ground metres per projected metre at a latitude: cos(lat). */
    public static double groundScale(double latDegrees) {
        return Math.cos(Math.toRadians(latDegrees));
    }
}

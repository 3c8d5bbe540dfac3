package org.qos.coverage.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The projection and the grid: forward and inverse Web Mercator, snapping, and the GeoJSON ring of a bin. */
class BinTest {

    // Hoan Kiem, Hanoi; the expected projected values were computed independently (Python, math module)
    private static final double LAT = 21.0285;
    private static final double LON = 105.8542;

    @Test
    void forwardProjectionIsSphericalWebMercator() {
        assertEquals(11783635.64232934, WebMercator.x(LON), 1e-6);
        assertEquals(2395277.233050327, WebMercator.y(LAT), 1e-6);
        assertEquals(0.0, WebMercator.x(0), 0.0);
        assertEquals(0.0, WebMercator.y(0), 1e-9);
        // the square world: x at 180 deg equals y at the projection's latitude limit
        assertEquals(20037508.342789244, WebMercator.x(180), 1e-6);
        assertEquals(20037508.34, WebMercator.y(WebMercator.MAX_LATITUDE), 0.01);
    }

    @Test
    void inverseProjectionReturnsThePosition() {
        assertEquals(LON, WebMercator.lon(WebMercator.x(LON)), 1e-12);
        assertEquals(LAT, WebMercator.lat(WebMercator.y(LAT)), 1e-12);
        assertEquals(-33.8688, WebMercator.lat(WebMercator.y(-33.8688)), 1e-12);
    }

    @Test
    void aPositionSnapsToMultiplesOfTheBinSize() {
        assertEquals(new Bin(117836, 23952), Bin.of(LAT, LON, 100));
        assertEquals(new Bin(47134, 9581), Bin.of(LAT, LON, 250));
        // west and south of the origin, floor (not truncation) keeps bins of equal size
        assertEquals(new Bin(-1, -1), Bin.of(-0.0001, -0.0001, 100));
        assertEquals(new Bin(0, 0), Bin.of(0.0001, 0.0001, 100));
    }

    @Test
    void theRingIsClosedCounterClockwiseInLonLatOrderAndHoldsTheSample() {
        Bin bin = Bin.of(LAT, LON, 100);
        List<double[]> ring = bin.ring(100);
        assertEquals(5, ring.size());
        assertArrayEquals(ring.get(0), ring.get(4), 0.0, "closed: the last position repeats the first");
        for (double[] position : ring) {
            assertEquals(2, position.length);
            assertTrue(position[0] > 105 && position[0] < 106, "longitude first");
            assertTrue(position[1] > 21 && position[1] < 22, "latitude second");
        }
        double west = ring.get(0)[0];
        double south = ring.get(0)[1];
        double east = ring.get(2)[0];
        double north = ring.get(2)[1];
        assertTrue(west < LON && LON < east && south < LAT && LAT < north, "the bin holds its sample");
        assertTrue(signedArea(ring) > 0, "counter-clockwise (RFC 7946 right-hand rule)");
        // corners are the inverse projection of multiples of the bin size
        assertEquals(117836 * 100.0, WebMercator.x(west), 1e-6);
        assertEquals(23953 * 100.0, WebMercator.y(north), 1e-6);
    }

    @Test
    void neighboursShareTheirEdges() {
        List<double[]> bin = new Bin(117836, 23952).ring(100);
        List<double[]> east = new Bin(117837, 23952).ring(100);
        List<double[]> north = new Bin(117836, 23953).ring(100);
        assertEquals(bin.get(1)[0], east.get(0)[0], 0.0);
        assertEquals(bin.get(2)[1], north.get(0)[1], 0.0);
    }

    @Test
    void onTheGroundABinIsSmallerByTheCosineOfTheLatitude() {
        List<double[]> ring = Bin.of(LAT, LON, 100).ring(100);
        double ground = haversineMeters(ring.get(0)[1], ring.get(0)[0], ring.get(1)[1], ring.get(1)[0]);
        assertEquals(100 * WebMercator.groundScale(ring.get(0)[1]), ground, 0.01);
        assertEquals(93.34, ground, 0.01);
    }

    private static double signedArea(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
        }
        return sum / 2;
    }

    private static double haversineMeters(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * WebMercator.EARTH_RADIUS_METERS * Math.asin(Math.sqrt(a));
    }
}

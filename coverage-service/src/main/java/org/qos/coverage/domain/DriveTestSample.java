package org.qos.coverage.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One drive-test measurement, checked, with its exclusion (null when it counts) and its position in Web Mercator
 * ({@link WebMercator}, metres), stored with it: the bins are counted from these numbers.
 */
public record DriveTestSample(OffsetDateTime at, BigDecimal lat, BigDecimal lon, BigDecimal signalDbm,
        BigDecimal speedKmh, String streetId, boolean outdoor, Exclusion exclusion, double mercX, double mercY) {

    public DriveTestSample(OffsetDateTime at, BigDecimal lat, BigDecimal lon, BigDecimal signalDbm,
            BigDecimal speedKmh, String streetId, boolean outdoor, Exclusion exclusion) {
        this(at, lat, lon, signalDbm, speedKmh, streetId, outdoor, exclusion, WebMercator.x(lon.doubleValue()),
                WebMercator.y(lat.doubleValue()));
    }
}

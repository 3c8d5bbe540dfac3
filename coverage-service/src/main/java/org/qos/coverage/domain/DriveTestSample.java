package org.qos.coverage.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One drive-test measurement, checked, with its exclusion (null when it counts). */
public record DriveTestSample(OffsetDateTime at, BigDecimal lat, BigDecimal lon, BigDecimal signalDbm,
        BigDecimal speedKmh, String streetId, boolean outdoor, Exclusion exclusion) {
}

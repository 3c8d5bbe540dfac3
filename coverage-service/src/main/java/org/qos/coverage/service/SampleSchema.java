package org.qos.coverage.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.qos.campaigns.batch.DeclaredRowSchema;
import org.qos.coverage.domain.CoverageRules;
import org.qos.coverage.domain.DriveTestSample;
import org.qos.coverage.domain.WebMercator;

/**
 * Rows of a drive test: {@code at, lat, lon, signalDbm, speedKmh, streetId, outdoor}. {@code streetId} may be
 * left out or empty (a sample off the inventory's streets, e.g. on a square); every other field is required. A
 * sample counts in its campaign's period: it must lie inside exactly.
 */
final class SampleSchema extends DeclaredRowSchema<DriveTestSample> {

    /** Received levels a drive-test receiver reports, dBm. */
    private static final BigDecimal MIN_DBM = new BigDecimal("-150");
    private static final BigDecimal MAX_SPEED = new BigDecimal("1000");
    private static final BigDecimal MAX_MERCATOR_LAT = BigDecimal.valueOf(WebMercator.MAX_LATITUDE);

    private final CoverageRules rules;
    private final Field<OffsetDateTime> at = timestamp("at");
    private final Field<BigDecimal> lat = decimal("lat", new BigDecimal("-90"), new BigDecimal("90"));
    private final Field<BigDecimal> lon = decimal("lon", new BigDecimal("-180"), new BigDecimal("180"));
    private final Field<BigDecimal> signal = decimal("signalDbm", MIN_DBM, BigDecimal.ZERO);
    private final Field<BigDecimal> speed = decimal("speedKmh", BigDecimal.ZERO, MAX_SPEED);
    private final Field<String> streetId = text("streetId", 64).optional();
    private final Field<Boolean> outdoor = bool("outdoor");

    SampleSchema(CoverageRules rules) {
        this.rules = rules;
        inPeriodExactly(at, DriveTestSample::at);
    }

    @Override
    protected void check(Values row) {
        BigDecimal latitude = row.get(lat);
        if (latitude != null && latitude.abs().compareTo(MAX_MERCATOR_LAT) > 0) {
            row.error(lat, "must be between -" + MAX_MERCATOR_LAT.toPlainString() + " and "
                    + MAX_MERCATOR_LAT.toPlainString() + ": the bins' grid (Web Mercator, EPSG:3857) ends there");
        }
    }

    @Override
    protected DriveTestSample build(Values row) {
        return new DriveTestSample(row.get(at), row.get(lat), row.get(lon), row.get(signal), row.get(speed),
                row.get(streetId), row.get(outdoor), rules.exclusion(row.get(outdoor), row.get(speed)));
    }
}

package org.qos.coverage.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.qos.campaigns.batch.PeriodField;
import org.qos.campaigns.batch.RowReader;
import org.qos.campaigns.batch.RowSchema;
import org.qos.coverage.domain.CoverageRules;
import org.qos.coverage.domain.DriveTestSample;
import org.qos.coverage.domain.WebMercator;

/**
 * Rows of a drive test: {@code at, lat, lon, signalDbm, speedKmh, streetId, outdoor}. {@code streetId} may be
 * left out or empty (a sample off the inventory's streets, e.g. on a square); every other field is required.
 */
final class SampleSchema implements RowSchema<DriveTestSample> {

    static final List<String> FIELDS = List.of("at", "lat", "lon", "signalDbm", "speedKmh", "streetId", "outdoor");
    static final List<String> REQUIRED = List.of("at", "lat", "lon", "signalDbm", "speedKmh", "outdoor");

    private static final BigDecimal MIN_LAT = new BigDecimal("-90");
    private static final BigDecimal MAX_LAT = new BigDecimal("90");
    private static final BigDecimal MIN_LON = new BigDecimal("-180");
    private static final BigDecimal MAX_LON = new BigDecimal("180");
    /** Received levels a drive-test receiver reports, dBm. */
    private static final BigDecimal MIN_DBM = new BigDecimal("-150");
    private static final BigDecimal MAX_DBM = BigDecimal.ZERO;
    private static final BigDecimal MAX_SPEED = new BigDecimal("1000");
    private static final BigDecimal MAX_MERCATOR_LAT = BigDecimal.valueOf(WebMercator.MAX_LATITUDE);

    private final CoverageRules rules;

    SampleSchema(CoverageRules rules) {
        this.rules = rules;
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public List<String> requiredFields() {
        return REQUIRED;
    }

    /** A sample counts in its campaign's period: it must lie inside exactly. */
    @Override
    public List<PeriodField<DriveTestSample>> periodFields() {
        return List.of(PeriodField.exact("at", DriveTestSample::at));
    }

    @Override
    public DriveTestSample read(RowReader row) {
        OffsetDateTime at = row.timestamp("at", true);
        BigDecimal lat = row.decimal("lat", true, MIN_LAT, MAX_LAT);
        BigDecimal lon = row.decimal("lon", true, MIN_LON, MAX_LON);
        BigDecimal signal = row.decimal("signalDbm", true, MIN_DBM, MAX_DBM);
        BigDecimal speed = row.decimal("speedKmh", true, BigDecimal.ZERO, MAX_SPEED);
        String streetId = row.text("streetId", false, 64);
        Boolean outdoor = row.bool("outdoor", true);
        if (lat != null && lat.abs().compareTo(MAX_MERCATOR_LAT) > 0) {
            row.error("lat", "must be between -" + MAX_MERCATOR_LAT.toPlainString() + " and "
                    + MAX_MERCATOR_LAT.toPlainString() + ": the bins' grid (Web Mercator, EPSG:3857) ends there");
        }
        if (row.hasErrors()) {
            return null;
        }
        return new DriveTestSample(at, lat, lon, signal, speed, streetId, outdoor, rules.exclusion(outdoor, speed));
    }
}

package org.qos.coverage.repository;

import java.io.IOException;

import org.qos.campaigns.batch.BatchTarget;
import org.qos.campaigns.batch.CopyRow;
import org.qos.campaigns.batch.RowSchema;
import org.qos.coverage.domain.DriveTestSample;

/**
 * The drive-test samples as the target of a COPY batch. Samples carry no id of their own, so repeats are not
 * looked for (a resent batch is recognised by its Idempotency-Key); the projected position (merc_x, merc_y) is
 * computed by PostgreSQL as each row is stored.
 */
public final class SampleTable implements BatchTarget<DriveTestSample> {

    public static final String TABLE = "coverage.sample";

    private final RowSchema<DriveTestSample> schema;

    public SampleTable(RowSchema<DriveTestSample> schema) {
        this.schema = schema;
    }

    @Override
    public RowSchema<DriveTestSample> schema() {
        return schema;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public String columns() {
        return "at, lat, lon, signal_dbm, speed_kmh, street_id, outdoor, exclusion";
    }

    @Override
    public void write(CopyRow out, DriveTestSample sample) throws IOException {
        out.timestamp(sample.at()).number(sample.lat()).number(sample.lon()).number(sample.signalDbm())
                .number(sample.speedKmh()).text(sample.streetId()).bool(sample.outdoor())
                .text(sample.exclusion() == null ? null : sample.exclusion().name());
    }
}

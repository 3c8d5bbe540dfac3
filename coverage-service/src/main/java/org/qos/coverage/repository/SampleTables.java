package org.qos.coverage.repository;

import org.qos.campaigns.batch.CopyTable;
import org.qos.coverage.domain.DriveTestSample;

/**
 * The drive-test samples as the target of a COPY batch. Samples carry no id of their own, so repeats are not
 * looked for (a resent batch is recognised by its Idempotency-Key); the projected position (merc_x, merc_y) is
 * the service's ({@link DriveTestSample#mercX()}), from which the bins are counted.
 */
public final class SampleTables {

    public static final CopyTable<DriveTestSample> SAMPLES = CopyTable.<DriveTestSample>into("coverage.sample")
            .column("at", DriveTestSample::at)
            .column("lat", DriveTestSample::lat)
            .column("lon", DriveTestSample::lon)
            .column("signal_dbm", DriveTestSample::signalDbm)
            .column("speed_kmh", DriveTestSample::speedKmh)
            .column("street_id", DriveTestSample::streetId)
            .column("outdoor", DriveTestSample::outdoor)
            .column("exclusion", DriveTestSample::exclusion)
            .column("merc_x", DriveTestSample::mercX)
            .column("merc_y", DriveTestSample::mercY);

    private SampleTables() {
    }
}

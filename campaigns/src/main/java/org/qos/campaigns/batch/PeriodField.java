package org.qos.campaigns.batch;

import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * A timestamp of a row that must lie in its campaign's period, as a row kind declares it
 * ({@link RowSchema#periodFields()}): the field's name and where the row read keeps its value. The shared ingestion
 * checks it ({@link CampaignPeriod#bound}), so that no family writes the check.
 *
 * @param exact true: inside the period exactly (a measurement counted in the period, as voice calls and drive-test
 *              samples always were); false: inside the period give or take {@link CampaignPeriod#SKEW} for clock skew
 */
public record PeriodField<T>(String name, Function<T, OffsetDateTime> value, boolean exact) {

    /** A timestamp inside the period, give or take one day of clock skew. */
    public static <T> PeriodField<T> of(String name, Function<T, OffsetDateTime> value) {
        return new PeriodField<>(name, value, false);
    }

    /** A timestamp inside the period exactly. */
    public static <T> PeriodField<T> exact(String name, Function<T, OffsetDateTime> value) {
        return new PeriodField<>(name, value, true);
    }
}

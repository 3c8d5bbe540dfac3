package org.qos.campaigns.batch;

import java.util.List;

/**
 * The rows of one kind of batch: its field names (JSON properties and CSV columns alike) and how a row is read
 * and checked.
 */
public interface RowSchema<T> {

    /** Every field a row may have; any other is an error. */
    List<String> fields();

    /** Fields a CSV header must name (the others may be left out); by default every field. */
    default List<String> requiredFields() {
        return fields();
    }

    /**
     * The row's timestamps that must lie in its campaign's period (none by default). The shared ingestion checks them
     * against the campaign's period ({@link CampaignPeriod#bound}); a schema does not check them itself.
     */
    default List<PeriodField<T>> periodFields() {
        return List.of();
    }

    /**
     * Reads one row. Errors are recorded on the reader; the returned value is only used when there are none.
     */
    T read(RowReader row);
}

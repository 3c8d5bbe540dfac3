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
     * Reads one row. Errors are recorded on the reader; the returned value is only used when there are none.
     */
    T read(RowReader row);
}

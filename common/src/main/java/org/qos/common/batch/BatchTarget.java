package org.qos.common.batch;

import java.io.IOException;
import java.util.UUID;

/**
 * Where the rows of one kind of batch go: the table they are copied into, and how a row is written. Every
 * target table has {@code campaign_id}, {@code batch_id} and {@code row_no} first, and a unique index on
 * {@code (campaign_id, <row id column>)}.
 */
public interface BatchTarget<T> {

    RowSchema<T> schema();

    /** Schema-qualified table, e.g. {@code voice.objective_call}. */
    String table();

    /** Columns after {@code campaign_id, batch_id, row_no}, in the order {@link #write} writes them. */
    String columns();

    /** The JSON field that identifies a row within its campaign, e.g. {@code callId}. */
    String rowIdField();

    /** The column of {@link #rowIdField()}. */
    String rowIdColumn();

    /** Writes the columns of {@link #columns()} for one row (campaign, batch and row number are written before). */
    void write(CopyRow out, T row) throws IOException;
}

package org.qos.common.batch;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Where the rows of one kind of batch go: the table they are copied into, and how a row is written. Every
 * target table has {@code campaign_id}, {@code batch_id} and {@code row_no} first. Rows that carry an id
 * (a {@code callId}, a {@code recordId}) name it in {@link #rowIdField()} and their table has a unique index on
 * {@code (campaign_id, <row id column>)}; rows without an id of their own (drive-test samples) leave both
 * methods at their default, null, and are not checked for repeats (a resent batch is recognised by its
 * {@code Idempotency-Key}).
 */
public interface BatchTarget<T> {

    RowSchema<T> schema();

    /** Schema-qualified table, e.g. {@code voice.objective_call}. */
    String table();

    /** Columns after {@code campaign_id, batch_id, row_no}, in the order {@link #write} writes them. */
    String columns();

    /** The JSON field that identifies a row within its campaign, e.g. {@code callId}; null when rows have no id. */
    default String rowIdField() {
        return null;
    }

    /** The column of {@link #rowIdField()}; null when rows have no id. */
    default String rowIdColumn() {
        return null;
    }

    /** Writes the columns of {@link #columns()} for one row (campaign, batch and row number are written before). */
    void write(CopyRow out, T row) throws IOException;

    /**
     * Called after every row of a valid batch was copied, inside the batch's transaction and before it is logged
     * and committed: a target whose table cannot carry the unique index on its row id (a partitioned table, whose
     * unique indexes must include the partition key) checks repeats here and throws a
     * {@link org.qos.common.problem.ProblemException} to refuse the batch (everything is rolled back).
     */
    default void afterCopy(Connection connection, UUID campaignId, UUID batchId) throws SQLException {
    }
}

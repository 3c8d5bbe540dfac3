package org.qos.campaigns.batch;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where the rows of one kind of batch go, described once: the table, its columns in order with the row value each
 * takes, and the row id that must be unique within a campaign. Every target table has {@code campaign_id} (or the
 * key column of another {@link BatchOwner}, such as {@code operator_id}), {@code batch_id} and {@code row_no} first;
 * the columns named here follow.
 *
 * <pre>{@code
 * CopyTable<ObjectiveCall> CALLS = CopyTable.<ObjectiveCall>into("voice.objective_call")
 *         .rowId("callId", "call_id", ObjectiveCall::callId)
 *         .column("started_at", ObjectiveCall::startedAt)
 *         .column("score", ObjectiveCall::score);
 * }</pre>
 *
 * Values are written in the binary COPY form of their column's type, read from the catalog ({@link CopyRow#value}):
 * text, numbers, booleans, timestamps with offset, UUIDs, enum constants by name, lists of codes as {@code text[]};
 * null is NULL. Rows
 * without an id of their own (drive-test samples) name no row id and are not checked for repeats (a resent batch
 * is recognised by its {@code Idempotency-Key}). A table that cannot carry the unique index on its row id (a
 * partitioned table, whose unique indexes must include the partition key) adds an {@link #afterCopy} check. A target
 * made for one batch may watch its rows as they are copied ({@link #eachRow}): for what its after-copy step needs, or
 * to count them into the campaign's statistics.
 * Instances are immutable: each method returns a new description.
 */
public final class CopyTable<T> {

    /** A check run after every row of a valid batch was copied, inside the batch's transaction. */
    @FunctionalInterface
    public interface AfterCopy {
        /** Throws a {@link org.qos.common.problem.ProblemException} to refuse the batch (all is rolled back). */
        void check(Connection connection, UUID campaignId, UUID batchId) throws SQLException;
    }

    private record Column<T>(String name, Function<? super T, ?> value) {
    }

    private final String table;
    private final List<Column<T>> columns;
    private final String rowIdField;
    private final String rowIdColumn;
    private final AfterCopy afterCopy;
    private final Consumer<? super T> watcher;

    private CopyTable(String table, List<Column<T>> columns, String rowIdField, String rowIdColumn,
            AfterCopy afterCopy, Consumer<? super T> watcher) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.rowIdField = rowIdField;
        this.rowIdColumn = rowIdColumn;
        this.afterCopy = afterCopy;
        this.watcher = watcher;
    }

    /** A table, schema-qualified (e.g. {@code voice.objective_call}), with no columns yet. */
    public static <T> CopyTable<T> into(String table) {
        return new CopyTable<>(table, List.of(), null, null, null, null);
    }

    /** The next column. */
    public CopyTable<T> column(String name, Function<? super T, ?> value) {
        List<Column<T>> more = new ArrayList<>(columns);
        more.add(new Column<>(name, value));
        return new CopyTable<>(table, more, rowIdField, rowIdColumn, afterCopy, watcher);
    }

    /**
     * The next column is the row's id within its campaign, named {@code field} in the API (e.g. {@code callId});
     * a repeat within the batch is 400, one stored by an earlier batch 409.
     */
    public CopyTable<T> rowId(String field, String column, Function<? super T, String> value) {
        CopyTable<T> withColumn = column(column, value);
        return new CopyTable<>(table, withColumn.columns, field, column, afterCopy, watcher);
    }

    public CopyTable<T> afterCopy(AfterCopy check) {
        return new CopyTable<>(table, columns, rowIdField, rowIdColumn, check, watcher);
    }

    /**
     * The same target with {@code next} seeing each row as it is copied, once, in order, after the watcher it had (if
     * any): for a target made for one batch, what the batch held, for its {@link #afterCopy} step or its statistics'
     * tally. It runs on the ingestion's hot path and should not allocate per row.
     */
    public CopyTable<T> eachRow(Consumer<? super T> next) {
        Consumer<? super T> first = watcher;
        Consumer<? super T> both = first == null ? next : row -> {
            first.accept(row);
            next.accept(row);
        };
        return new CopyTable<>(table, columns, rowIdField, rowIdColumn, afterCopy, both);
    }

    /** The same target with {@code step} run after its own check (if any), in the batch's transaction. */
    public CopyTable<T> andAfterCopy(AfterCopy step) {
        AfterCopy first = afterCopy;
        return afterCopy(first == null ? step : (connection, campaignId, batchId) -> {
            first.check(connection, campaignId, batchId);
            step.check(connection, campaignId, batchId);
        });
    }

    public String table() {
        return table;
    }

    /** The named columns, comma-separated, in the order {@link #write} writes them. */
    public String columns() {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }

    /** The named columns in the order {@link #write} writes them. */
    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The API field that identifies a row within its campaign; null when rows have no id. */
    public String rowIdField() {
        return rowIdField;
    }

    /** The column of {@link #rowIdField()}; null when rows have no id. */
    public String rowIdColumn() {
        return rowIdColumn;
    }

    /** Writes the named columns of one row (campaign, batch and row number are written before). */
    void write(CopyRow out, T row) throws IOException {
        for (Column<T> column : columns) {
            out.value(column.value().apply(row));
        }
        if (watcher != null) {
            watcher.accept(row);
        }
    }

    void afterCopy(Connection connection, UUID campaignId, UUID batchId) throws SQLException {
        if (afterCopy != null) {
            afterCopy.check(connection, campaignId, batchId);
        }
    }
}

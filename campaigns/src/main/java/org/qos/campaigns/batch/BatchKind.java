package org.qos.campaigns.batch;

import java.util.function.Supplier;

/**
 * One kind of row a campaign takes: how a row is read and checked, where it is copied, whose truth it is
 * ({@link RowOrigin}: a measurement unless said otherwise), and, when the family's statistics add up over batches,
 * how a batch of them is counted as it streams ({@link BatchTally}; null: the statistics are gathered whole after the
 * batch).
 */
public record BatchKind<T>(RowSchema<T> schema, CopyTable<T> table, RowOrigin origin,
        Supplier<? extends BatchTally<? super T, ?>> tally) {

    /** Measurements. */
    public BatchKind(RowSchema<T> schema, CopyTable<T> table) {
        this(schema, table, RowOrigin.MEASUREMENT, null);
    }

    /** The operator's own records, which it may add to any campaign of its own, the regulator's included. */
    public static <T> BatchKind<T> operatorRecords(RowSchema<T> schema, CopyTable<T> table) {
        return new BatchKind<>(schema, table, RowOrigin.OPERATOR_RECORD, null);
    }

    /** The same kind, each batch of which is counted by a fresh tally as its rows are copied. */
    public BatchKind<T> countedBy(Supplier<? extends BatchTally<? super T, ?>> tallies) {
        return new BatchKind<>(schema, table, origin, tallies);
    }
}

package org.qos.campaigns.batch;

/**
 * One kind of row a campaign takes: how a row is read and checked, where it is copied, and whose truth it is
 * ({@link RowOrigin}: a measurement unless said otherwise).
 */
public record BatchKind<T>(RowSchema<T> schema, CopyTable<T> table, RowOrigin origin) {

    /** Measurements. */
    public BatchKind(RowSchema<T> schema, CopyTable<T> table) {
        this(schema, table, RowOrigin.MEASUREMENT);
    }

    /** The operator's own records, which it may add to any campaign of its own, the regulator's included. */
    public static <T> BatchKind<T> operatorRecords(RowSchema<T> schema, CopyTable<T> table) {
        return new BatchKind<>(schema, table, RowOrigin.OPERATOR_RECORD);
    }
}

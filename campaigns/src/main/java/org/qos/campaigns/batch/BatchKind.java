package org.qos.campaigns.batch;

/** One kind of row a campaign takes: how a row is read and checked, and where it is copied. */
public record BatchKind<T>(RowSchema<T> schema, CopyTable<T> table) {
}

package org.qos.campaigns.batch;

/**
 * Whose truth a kind of row is, which decides who may write it into a campaign the regulator created: the regulator
 * only for {@link #MEASUREMENT}s (voice samples, drive-test samples, billing test calls), the campaign's operator too
 * for its {@link #OPERATOR_RECORD}s (billing charging records, invoice lines). In a campaign an operator created, its
 * operator writes both.
 */
public enum RowOrigin {
    /** What the campaign measures: in the regulator's campaign, the regulator's. */
    MEASUREMENT,
    /** The operator's own records, set against the measurements: the operator's in any campaign. */
    OPERATOR_RECORD
}

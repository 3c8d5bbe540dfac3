package org.qos.billing.domain;

/**
 * The counts behind clause 3.7's KPI, from pairing an audit's charging records with its invoice lines by record id.
 *
 * @param calls      record ids of records and lines together (the denominator)
 * @param wrong      calls whose line is missing, whose line has no record, or that differ in subscriber, callee,
 *                   start, end or charge
 * @param missing    records without a line
 * @param extra      lines without a record
 * @param different  pairs that differ
 * @param wrongSubscriber pairs whose line is billed to another subscriber than the record's (among {@code different})
 */
public record InvoiceCounts(long calls, long wrong, long missing, long extra, long different, long wrongSubscriber) {
}

package org.qos.billing.domain;

/**
 * What a test-call campaign's two results are computed from, gathered again whole after each batch (a record of a
 * later batch can match a call of an earlier one): the test calls stored and the reconciliation's counts.
 */
public record ReconciliationStatistics(long totalCalls, ReconciliationCounts counts) {
}

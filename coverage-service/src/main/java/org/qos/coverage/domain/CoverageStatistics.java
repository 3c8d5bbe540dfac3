package org.qos.coverage.domain;

/**
 * What a coverage campaign's result is computed from, gathered again whole after each batch (a bin's median does not
 * add up over batches) and when the area's street inventory is replaced (the streets count against it).
 */
public record CoverageStatistics(SampleCounts samples, BinCounts bins, StreetCounts streets) {
}

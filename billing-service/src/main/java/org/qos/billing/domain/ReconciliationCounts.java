package org.qos.billing.domain;

import java.util.Map;
import java.util.Set;

/**
 * The counts behind clause 3.6's two KPIs.
 *
 * @param validCalls    calls within the duration range
 * @param discrepancies wrongly charged calls plus phantom records
 * @param phantoms      records left unmatched
 * @param errorMillis   sum of the discrepancies' errors, milliseconds
 * @param realMillis    sum of the real durations of the valid calls, milliseconds
 */
public record ReconciliationCounts(long validCalls, long discrepancies, long phantoms, long errorMillis,
        long realMillis, Map<DiscrepancyKind, Long> byKind, Set<Direction> directions) {

    public ReconciliationCounts {
        byKind = Map.copyOf(byKind);
        directions = Set.copyOf(directions);
    }

    /** Denominator of billing.wrong-calls: valid calls and phantom records. */
    public long trials() {
        return validCalls + phantoms;
    }
}

package org.qos.coverage.domain;

import java.util.Map;

/**
 * Rows of a campaign, as the database counts them.
 *
 * @param total      rows stored
 * @param valid      rows counted in the KPI (outdoor, at or below the speed limit)
 * @param exclusions excluded rows by reason
 */
public record SampleCounts(long total, long valid, Map<Exclusion, Long> exclusions) {

    public SampleCounts {
        exclusions = Map.copyOf(exclusions);
        long excluded = exclusions.values().stream().mapToLong(Long::longValue).sum();
        if (valid < 0 || valid + excluded != total) {
            throw new IllegalArgumentException("inconsistent counts: total " + total + ", valid " + valid
                    + ", excluded " + excluded);
        }
    }

    public long excluded() {
        return total - valid;
    }
}

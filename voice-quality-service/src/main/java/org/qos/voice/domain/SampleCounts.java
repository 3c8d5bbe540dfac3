package org.qos.voice.domain;

import java.util.Map;

/**
 * Counts of a campaign's samples, as the database aggregates them.
 *
 * @param total      rows stored
 * @param valid      rows counted in the KPI
 * @param good       valid rows with a good score
 * @param exclusions excluded rows by reason
 */
public record SampleCounts(long total, long valid, long good, Map<Exclusion, Long> exclusions) {

    public SampleCounts {
        exclusions = Map.copyOf(exclusions);
        long excluded = exclusions.values().stream().mapToLong(Long::longValue).sum();
        if (valid + excluded != total || good > valid || good < 0) {
            throw new IllegalArgumentException("inconsistent counts: total " + total + ", valid " + valid
                    + ", good " + good + ", excluded " + excluded);
        }
    }

    public long excluded() {
        return total - valid;
    }
}

package org.qos.voice.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a voice campaign's result is computed from, kept as batches arrive: the sample counts and, for a survey, how
 * often each reason was ticked (empty otherwise). Both add up over batches.
 */
public record VoiceStatistics(SampleCounts counts, Map<String, Long> reasons) {

    public VoiceStatistics {
        reasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** The reasons with the given codes first, in their order (kept as JSON, the codes come back in any order). */
    public Map<String, Long> reasonsIn(java.util.Collection<String> order) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        order.forEach(code -> {
            if (reasons.containsKey(code)) {
                ordered.put(code, reasons.get(code));
            }
        });
        reasons.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The statistics of the rows of both. */
    public VoiceStatistics plus(VoiceStatistics other) {
        Map<Exclusion, Long> exclusions = new java.util.EnumMap<>(Exclusion.class);
        exclusions.putAll(counts.exclusions());
        other.counts.exclusions().forEach((reason, n) -> exclusions.merge(reason, n, Long::sum));
        Map<String, Long> sum = new LinkedHashMap<>(reasons);
        other.reasons.forEach((code, n) -> sum.merge(code, n, Long::sum));
        return new VoiceStatistics(new SampleCounts(counts.total() + other.counts.total(),
                counts.valid() + other.counts.valid(), counts.good() + other.counts.good(), exclusions), sum);
    }
}

package org.qos.common.kpi;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What was sampled: rows received, rows counted, rows excluded by reason, and the method's minimum. */
@Schema(name = "Sample", description = "Sample size against the method's minimum, with exclusions by reason")
public record SampleSummary(
        @Schema(description = "Rows received", example = "1200") long total,
        @Schema(description = "Rows counted in the KPI", example = "1150") long valid,
        @Schema(description = "Rows stored but excluded from the KPI", example = "50") long excluded,
        @Schema(description = "Minimum number of valid rows the method requires", example = "1000") long required,
        @Schema(description = "valid >= required (and any other sample rule of the method)") boolean sufficient,
        @Schema(description = "Excluded rows by reason", example = "{\"OVER_SPEED\": 40, \"OFF_NET\": 10}")
        Map<String, Long> exclusions) {

    public SampleSummary {
        exclusions = Map.copyOf(exclusions);
    }
}

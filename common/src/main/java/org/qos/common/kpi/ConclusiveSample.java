package org.qos.common.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For a result that is not conclusive: the valid sample at which it would be if the share stayed at its current
 * estimate (see {@link org.qos.common.statistics.ConclusiveSampleSize}), never below the method's minimum sample:
 * {@code additional = needed - trials}.
 */
@Schema(description = "For a result that is not conclusive: the valid trials at which the confidence interval, at"
        + " the current estimate, would lie wholly on one side of the target. needed and additional are null when no"
        + " sample would (an estimate exactly on the target). needed is never below the method's minimum sample (a"
        + " sample short of the minimum needs at least the minimum, even when its interval already lies on one side"
        + " of the target); additional = needed - trials.",
        example = "{\"trials\": 1000, \"needed\": 2874, \"additional\": 1874}")
public record ConclusiveSample(
        @Schema(description = "Valid trials of the result (calls, bins, respondents, …)", example = "1000") long trials,
        @Schema(nullable = true, example = "2874") Long needed,
        @Schema(nullable = true, example = "1874") Long additional) {
}

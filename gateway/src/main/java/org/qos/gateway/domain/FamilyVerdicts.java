package org.qos.gateway.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.qos.common.kpi.Verdict;

/**
 * What a family contributed to a scorecard, as far as the overall verdict is concerned: whether its service
 * answered, and the verdict of each of its results ({@code null} for an informative result without a verdict,
 * such as {@code support.answered-60s}).
 */
public record FamilyVerdicts(boolean available, List<Verdict> verdicts) {

    public FamilyVerdicts {
        // an unmodifiable copy that keeps nulls (List.copyOf does not)
        verdicts = Collections.unmodifiableList(new ArrayList<>(verdicts));
    }

    public static FamilyVerdicts unavailable() {
        return new FamilyVerdicts(false, List.of());
    }

    public static FamilyVerdicts of(List<Verdict> verdicts) {
        return new FamilyVerdicts(true, verdicts);
    }
}

package org.qos.gateway.domain;

import java.util.Collection;
import java.util.Objects;

import org.qos.common.kpi.Verdict;

/**
 * The overall verdict of a scorecard (api.md "gateway"): {@code FAIL} if any result fails; otherwise
 * {@code INCOMPLETE} if a family is unavailable or empty or a result is {@code INSUFFICIENT_DATA}; otherwise
 * {@code PASS}.
 *
 * <p>A result without a verdict (an informative figure) takes no part: it neither fails nor completes anything,
 * so a family whose results are all informative counts as empty. A family that is unavailable cannot hide a
 * failure of another: {@code FAIL} wins over {@code INCOMPLETE}.
 */
public final class OverallRule {

    private OverallRule() {
    }

    public static Overall overall(Collection<FamilyVerdicts> families) {
        boolean incomplete = families.isEmpty();
        for (FamilyVerdicts family : families) {
            if (family.verdicts().contains(Verdict.FAIL)) {
                return Overall.FAIL;
            }
            if (!family.available() || family.verdicts().stream().noneMatch(Objects::nonNull)
                    || family.verdicts().contains(Verdict.INSUFFICIENT_DATA)) {
                incomplete = true;
            }
        }
        return incomplete ? Overall.INCOMPLETE : Overall.PASS;
    }
}

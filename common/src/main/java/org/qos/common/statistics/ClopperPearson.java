package org.qos.common.statistics;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.qos.common.kpi.Confidence;

/**
 * The exact two-sided Clopper–Pearson interval of a binomial proportion k/n (ETSI TS 102 250-6):
 * lower = Beta(alpha/2; k, n-k+1), upper = Beta(1-alpha/2; k+1, n-k), with lower = 0 when k = 0 and
 * upper = 1 when k = n. The quantiles come from Apache Commons Statistics.
 */
public final class ClopperPearson {

    private ClopperPearson() {
    }

    /**
     * @param successes k, 0 <= k <= n
     * @param trials    n > 0
     * @param level     confidence level in (0, 1), e.g. 0.95
     */
    public static Confidence interval(long successes, long trials, double level) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials > 0, got "
                    + successes + " of " + trials);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must lie in (0, 1), got " + level);
        }
        double alpha = 1 - level;
        double lower = successes == 0 ? 0.0
                : BetaDistribution.of(successes, trials - successes + 1.0).inverseCumulativeProbability(alpha / 2);
        double upper = successes == trials ? 1.0
                : BetaDistribution.of(successes + 1.0, trials - successes).inverseCumulativeProbability(1 - alpha / 2);
        return new Confidence(level, Confidence.CLOPPER_PEARSON, lower, upper);
    }
}

package org.qos.common.statistics;

import java.util.OptionalLong;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.qos.common.kpi.Target;

/**
 * How many valid trials would make a verdict conclusive if the share stayed at its current estimate: the smallest
 * n at which the Clopper–Pearson interval around {@code p = k/n} lies wholly on the estimate's side of the target.
 * <p>
 * At a hypothetical sample of n trials the estimate gives {@code x = p·n} successes, usually not a whole number;
 * the interval uses the same beta quantiles as {@link ClopperPearson} with that real {@code x}, so that it narrows
 * smoothly as n grows and the smallest such n can be found by bisection. When the estimate lies exactly on the
 * target no sample is ever conclusive, and none beyond {@link #LIMIT} is looked for.
 * <p>
 * A sample below the method's minimum is never enough, however narrow its interval: with a minimum, the answer is
 * the smallest conclusive n at or above both the current trials and that minimum (so a result that is
 * INSUFFICIENT_DATA only for want of the minimum needs exactly the minimum, never "nothing more").
 */
public final class ConclusiveSampleSize {

    /** The largest sample looked at. */
    public static final long LIMIT = 1_000_000_000L;

    private ConclusiveSampleSize() {
    }

    /**
     * @param successes k, the successes of the current sample
     * @param trials    n > 0, its valid trials
     * @param target    the KPI's target
     * @param level     confidence level of the interval, e.g. 0.95
     * @return the smallest number of trials (at least {@code trials}) whose interval at the current estimate is
     *         conclusive, or empty when none up to {@link #LIMIT} is
     */
    public static OptionalLong at(long successes, long trials, Target target, double level) {
        return at(successes, trials, 0, target, level);
    }

    /**
     * @param successes    k, the successes of the current sample
     * @param trials       n > 0, its valid trials
     * @param minimumTrials the method's minimum sample, in the same trials (0 when the method has none in trials)
     * @param target       the KPI's target
     * @param level        confidence level of the interval, e.g. 0.95
     * @return the smallest number of trials, at least {@code trials} and at least {@code minimumTrials}, whose
     *         interval at the current estimate is conclusive, or empty when none up to {@link #LIMIT} is
     */
    public static OptionalLong at(long successes, long trials, long minimumTrials, Target target, double level) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials > 0, got "
                    + successes + " of " + trials);
        }
        if (minimumTrials < 0 || minimumTrials > LIMIT) {
            throw new IllegalArgumentException("need 0 <= minimumTrials <= " + LIMIT + ", got " + minimumTrials);
        }
        double share = (double) successes / trials;
        // the side of the target the estimate is on, compared exactly as the verdict is
        boolean meets = target.isMetBy(successes, trials);
        double alpha = 1 - level;
        long from = Math.max(trials, minimumTrials);
        if (conclusive(share, from, meets, target, alpha)) {
            return OptionalLong.of(from);
        }
        long notYet = from;
        long enough = from;
        do {
            notYet = enough;
            enough = Math.min(LIMIT, enough * 2);
            if (conclusive(share, enough, meets, target, alpha)) {
                break;
            }
            if (enough == LIMIT) {
                return OptionalLong.empty();
            }
        } while (true);
        // conclusive at `enough`, not at `notYet`: bisect
        while (enough - notYet > 1) {
            long middle = notYet + (enough - notYet) / 2;
            if (conclusive(share, middle, meets, target, alpha)) {
                enough = middle;
            } else {
                notYet = middle;
            }
        }
        return OptionalLong.of(enough);
    }

    private static boolean conclusive(double share, long trials, boolean meets, Target target, double alpha) {
        double x = share * trials;
        double lower = x <= 0 ? 0.0
                : BetaDistribution.of(x, trials - x + 1.0).inverseCumulativeProbability(alpha / 2);
        double upper = x >= trials ? 1.0
                : BetaDistribution.of(x + 1.0, trials - x).inverseCumulativeProbability(1 - alpha / 2);
        boolean lowerMeets = target.isMetBy(lower);
        boolean upperMeets = target.isMetBy(upper);
        return meets ? lowerMeets && upperMeets : !lowerMeets && !upperMeets;
    }
}

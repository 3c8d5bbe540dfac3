package org.qos.common.kpi;

import java.util.Map;

import org.qos.common.statistics.ClopperPearson;
import org.qos.common.statistics.ConclusiveSampleSize;

/**
 * Value, interval, verdict and conclusiveness of a KPI that is a share of counted trials (k of n).
 * Plain arithmetic: the verdict compares the exact fraction k/n with the target, never a rounded value.
 *
 * @param conclusiveSample for a result with an interval that is not conclusive, the sample that would make it
 *                         conclusive at the current estimate; null otherwise
 */
public record ShareEvaluation(Double value, Confidence confidence, Verdict verdict, boolean conclusive,
        ConclusiveSample conclusiveSample) {

    /**
     * @param successes  k: trials that meet the KPI's criterion
     * @param trials     n: valid trials
     * @param target     the profile's target
     * @param minimumTrials the method's minimum sample counted in these trials (0 when the method's minimum is
     *                   not a number of these trials, e.g. coverage's share of streets); {@code conclusiveSample}
     *                   never asks for fewer
     * @param sufficient whether the sample meets the method's minimum (every rule of it, not only the count)
     * @param level      confidence level of the interval
     */
    public static ShareEvaluation of(long successes, long trials, Target target, long minimumTrials,
            boolean sufficient, double level) {
        if (trials == 0) {
            return new ShareEvaluation(null, null, Verdict.INSUFFICIENT_DATA, false, null);
        }
        double value = (double) successes / trials;
        Confidence confidence = ClopperPearson.interval(successes, trials, level);
        Verdict verdict = !sufficient ? Verdict.INSUFFICIENT_DATA
                : target.isMetBy(successes, trials) ? Verdict.PASS : Verdict.FAIL;
        boolean conclusive = isConclusive(verdict, confidence, target);
        ConclusiveSample conclusiveSample = null;
        if (!conclusive) {
            // never below the method's minimum: an interval already on one side of the target does not make a
            // sample short of the minimum enough
            var needed = ConclusiveSampleSize.at(successes, trials, minimumTrials, target, level);
            conclusiveSample = needed.isPresent()
                    ? new ConclusiveSample(trials, needed.getAsLong(), needed.getAsLong() - trials)
                    : new ConclusiveSample(trials, null, null);
        }
        return new ShareEvaluation(value, confidence, verdict, conclusive, conclusiveSample);
    }

    /** Adds {@code conclusiveSample} to a result's family-specific fields when there is one. */
    public void addConclusiveSampleTo(Map<String, Object> extensions) {
        if (conclusiveSample != null) {
            extensions.put("conclusiveSample", conclusiveSample);
        }
    }

    /**
     * A verdict is conclusive when it holds for every value of the interval: PASS and the whole interval meets
     * the target, or FAIL and no value of the interval meets it. Without an interval, every verdict but
     * INSUFFICIENT_DATA is conclusive.
     */
    public static boolean isConclusive(Verdict verdict, Confidence confidence, Target target) {
        if (verdict == Verdict.INSUFFICIENT_DATA) {
            return false;
        }
        if (confidence == null) {
            return true;
        }
        boolean lowerMeets = target.isMetBy(confidence.lower());
        boolean upperMeets = target.isMetBy(confidence.upper());
        // For every comparator the set of values meeting the target is a half-line, so the interval lies wholly
        // inside it exactly when both ends do, and wholly outside it exactly when neither end does.
        return verdict == Verdict.PASS ? lowerMeets && upperMeets : !lowerMeets && !upperMeets;
    }
}

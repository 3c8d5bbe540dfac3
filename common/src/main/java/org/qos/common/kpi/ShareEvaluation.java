package org.qos.common.kpi;

import org.qos.common.statistics.ClopperPearson;

/**
 * Value, interval, verdict and conclusiveness of a KPI that is a share of counted trials (k of n).
 * Plain arithmetic: the verdict compares the exact fraction k/n with the target, never a rounded value.
 */
public record ShareEvaluation(Double value, Confidence confidence, Verdict verdict, boolean conclusive) {

    /**
     * @param successes  k: trials that meet the KPI's criterion
     * @param trials     n: valid trials
     * @param target     the profile's target
     * @param sufficient whether the sample meets the method's minimum
     * @param level      confidence level of the interval
     */
    public static ShareEvaluation of(long successes, long trials, Target target, boolean sufficient, double level) {
        if (trials == 0) {
            return new ShareEvaluation(null, null, Verdict.INSUFFICIENT_DATA, false);
        }
        double value = (double) successes / trials;
        Confidence confidence = ClopperPearson.interval(successes, trials, level);
        Verdict verdict = !sufficient ? Verdict.INSUFFICIENT_DATA
                : target.isMetBy(successes, trials) ? Verdict.PASS : Verdict.FAIL;
        return new ShareEvaluation(value, confidence, verdict, isConclusive(verdict, confidence, target));
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

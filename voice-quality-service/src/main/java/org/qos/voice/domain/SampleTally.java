package org.qos.voice.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistics of one batch of samples, counted row by row as the batch is copied, so that the upload adds them to
 * its campaign's kept statistics without reading its rows again. The rules are those of the statistics query
 * ({@code SampleStatisticsRepository}), which stays the reference (the tests compare both): every row counts in the
 * total; a row without an exclusion is valid, and good when {@link GoodScore#isGood} says so; an excluded row counts
 * under its reason; each reason ticked in a survey counts once per time it is listed. Counting allocates nothing per
 * row (an objective score is compared as it was read).
 */
public final class SampleTally {

    private static final Exclusion[] EXCLUSIONS = Exclusion.values();

    private final GoodScore goodScore;
    private final String[] codes;
    private final long[] ticks;
    private final long[] excluded = new long[EXCLUSIONS.length];
    private long total;
    private long valid;
    private long good;

    /**
     * @param goodScore   the campaign's good-score test
     * @param reasonCodes a survey's reason codes, all listed in the statistics (zeros included), in this order; empty
     *                    for the other methods, whose statistics have no reasons
     */
    public SampleTally(GoodScore goodScore, Set<String> reasonCodes) {
        this.goodScore = goodScore;
        this.codes = reasonCodes.toArray(String[]::new);
        this.ticks = new long[codes.length];
    }

    /** A sample with a score on its instrument's native scale (objective calls). */
    public void count(Exclusion exclusion, BigDecimal score) {
        add(exclusion, exclusion == null && goodScore.isGood(score));
    }

    /** A sample with an opinion score (surveys: never excluded; expert panels). */
    public void count(Exclusion exclusion, long score) {
        add(exclusion, exclusion == null && goodScore.isGood(score));
    }

    /** One sample: excluded for {@code exclusion}, or valid, and then good or not. */
    private void add(Exclusion exclusion, boolean isGood) {
        total++;
        if (exclusion != null) {
            excluded[exclusion.ordinal()]++;
        } else {
            valid++;
            if (isGood) {
                good++;
            }
        }
    }

    /** The reasons ticked in one survey response (codes of the profile: the schema admits no other). */
    public void tick(List<String> reasons) {
        for (String reason : reasons) {
            int i = indexOf(reason);
            if (i < 0) {
                throw new IllegalArgumentException("reason " + reason + " is not one of " + List.of(codes));
            }
            ticks[i]++;
        }
    }

    private int indexOf(String code) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** The statistics of the samples counted. */
    public VoiceStatistics counted() {
        Map<Exclusion, Long> exclusions = new EnumMap<>(Exclusion.class);
        for (Exclusion exclusion : EXCLUSIONS) {
            exclusions.put(exclusion, excluded[exclusion.ordinal()]);
        }
        Map<String, Long> reasons = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            reasons.put(codes[i], ticks[i]);
        }
        return new VoiceStatistics(new SampleCounts(total, valid, good, exclusions), reasons);
    }
}

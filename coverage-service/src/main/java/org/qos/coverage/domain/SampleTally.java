package org.qos.coverage.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.qos.campaigns.batch.BatchTally;

/**
 * A batch's coverage statistics, counted as its rows are copied: the samples by exclusion, the measured and covered
 * bins, and the inventory's streets with a valid sample. Medians do not add up over batches, so these are the
 * campaign's statistics only when the batch is its first ({@code CoverageCampaignService} adds them to statistics of no
 * rows only; later batches gather the campaign's statistics again). The rules are those of the statistics query
 * ({@code CoverageStatisticsRepository}), which stays the reference (the tests compare both).
 *
 * <p>A bin's verdict ({@link CoveredBin#covered}) is decided exactly from four numbers per bin that a stream can
 * keep: the count of valid levels, the count at or above the threshold, the highest level below it and the lowest at
 * or above it.
 *
 * <p>Bins are keyed by {@code (floor(merc_x / binMeters), floor(merc_y / binMeters))} over the positions stored with
 * the rows, in an open-addressing table of their own: the key's bits are the two grid coordinates, which a
 * {@code HashMap<Long, ...>} hashes as {@code x ^ y}, so that most bins of an area collided (a profile of a
 * million-sample upload found a fifth of the service's CPU in that map's tree bins). A batch of more than
 * {@link #MAX_BINS} bins is not tallied (its statistics are gathered instead), so that the tally's memory stays bounded
 * whatever the batch.
 */
public final class SampleTally implements BatchTally<DriveTestSample, CoverageStatistics> {

    /** At most this many bins are kept per upload (about 100 bytes each). */
    static final int MAX_BINS = 500_000;

    private static final class Bin {
        int n;
        int above;
        BigDecimal highestBelow;
        BigDecimal lowestAbove;
    }

    private final double binMeters;
    private final BigDecimal threshold;
    private final Set<String> inventory;
    /** The bins' keys and the bins, at the same index; a null bin is a free slot. Half full at most. */
    private long[] keys = new long[1 << 12];
    private Bin[] bins = new Bin[1 << 12];
    private int binCount;
    private final Set<String> measuredStreets = new HashSet<>();
    private final long[] excluded = new long[Exclusion.values().length];
    private long total;
    private long valid;
    private boolean overflowed;

    /**
     * @param binMeters the campaign's bin size
     * @param threshold the campaign's threshold, dBm
     * @param inventory the street ids of the campaign's area, read before the batch (a replaced inventory drops the
     *                  statistics kept, under the same row lock the batch takes, so a batch never keeps counts of an
     *                  inventory that is gone)
     */
    public SampleTally(int binMeters, BigDecimal threshold, Set<String> inventory) {
        this.binMeters = binMeters;
        this.threshold = threshold;
        this.inventory = Set.copyOf(inventory);
    }

    @Override
    public void count(DriveTestSample sample) {
        total++;
        if (sample.exclusion() != null) {
            excluded[sample.exclusion().ordinal()]++;
            return;
        }
        valid++;
        if (sample.streetId() != null && inventory.contains(sample.streetId())) {
            measuredStreets.add(sample.streetId());
        }
        if (overflowed) {
            return;
        }
        long x = (long) Math.floor(sample.mercX() / binMeters);
        long y = (long) Math.floor(sample.mercY() / binMeters);
        Bin bin = bin((x << 32) ^ (y & 0xFFFF_FFFFL));
        if (bin == null) {
            return; // one bin too many: overflowed
        }
        bin.n++;
        BigDecimal level = sample.signalDbm();
        if (level.compareTo(threshold) >= 0) {
            bin.above++;
            if (bin.lowestAbove == null || level.compareTo(bin.lowestAbove) < 0) {
                bin.lowestAbove = level;
            }
        } else if (bin.highestBelow == null || level.compareTo(bin.highestBelow) > 0) {
            bin.highestBelow = level;
        }
    }

    /** The bin of {@code key}, added when new; null when it would be one more than {@link #MAX_BINS}. */
    private Bin bin(long key) {
        int mask = keys.length - 1;
        int at = slot(key, mask);
        for (Bin bin = bins[at]; bin != null; bin = bins[at]) {
            if (keys[at] == key) {
                return bin;
            }
            at = (at + 1) & mask;
        }
        if (binCount == MAX_BINS) {
            overflowed = true;
            keys = null;
            bins = null;
            return null;
        }
        Bin bin = new Bin();
        keys[at] = key;
        bins[at] = bin;
        if (++binCount * 2 > keys.length) {
            grow();
        }
        return bin;
    }

    private void grow() {
        long[] oldKeys = keys;
        Bin[] oldBins = bins;
        keys = new long[oldKeys.length * 2];
        bins = new Bin[oldBins.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldBins.length; i++) {
            if (oldBins[i] != null) {
                int at = slot(oldKeys[i], mask);
                while (bins[at] != null) {
                    at = (at + 1) & mask;
                }
                keys[at] = oldKeys[i];
                bins[at] = oldBins[i];
            }
        }
    }

    /** The key's slot: its bits mixed (MurmurHash3's finalizer), so that neighbouring bins spread over the table. */
    private static int slot(long key, int mask) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }

    /** The batch's statistics; null when it had more bins than are tallied. */
    @Override
    public CoverageStatistics counted() {
        if (overflowed) {
            return null;
        }
        long covered = Arrays.stream(bins).filter(Objects::nonNull).filter(this::covered).count();
        Map<Exclusion, Long> exclusions = new EnumMap<>(Exclusion.class);
        for (Exclusion exclusion : Exclusion.values()) {
            exclusions.put(exclusion, excluded[exclusion.ordinal()]);
        }
        return new CoverageStatistics(new SampleCounts(total, valid, exclusions),
                new BinCounts(binCount, covered), new StreetCounts(inventory.size(), measuredStreets.size()));
    }

    private boolean covered(Bin bin) {
        return CoveredBin.covered(bin.n, bin.above, bin.highestBelow, bin.lowestAbove, threshold);
    }
}

package org.qos.coverage.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bin of a campaign's grid that holds valid samples: its column and row, the side of the grid's squares, how
 * many valid samples it holds, their median level, and whether the bin is covered (as the statistics decide it).
 */
public record MeasuredBin(long x, long y, int binMeters, long samples, BigDecimal medianDbm, boolean covered) {

    /** The bin's outline as a closed GeoJSON ring ({@link Bin#ring}). */
    public List<double[]> ring() {
        return new Bin(x, y).ring(binMeters);
    }
}

package org.qos.coverage.domain;

/**
 * Bins of a campaign's grid that hold valid samples ({@code measured}), and those among them whose median
 * received level is at or above the threshold ({@code covered}).
 */
public record BinCounts(long measured, long covered) {

    public BinCounts {
        if (measured < 0 || covered < 0 || covered > measured) {
            throw new IllegalArgumentException("inconsistent bins: measured " + measured + ", covered " + covered);
        }
    }
}

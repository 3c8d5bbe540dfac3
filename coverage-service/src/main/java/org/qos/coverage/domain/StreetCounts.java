package org.qos.coverage.domain;

/**
 * Streets of the area's inventory, and those among them with at least one valid sample of the campaign.
 */
public record StreetCounts(long inventory, long measured) {

    public StreetCounts {
        if (inventory < 0 || measured < 0 || measured > inventory) {
            throw new IllegalArgumentException("inconsistent streets: inventory " + inventory + ", measured " + measured);
        }
    }
}

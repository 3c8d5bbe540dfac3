package org.qos.campaigns.batch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A campaign's period as the instants it spans in the profile's zone, from the first instant of its first day to
 * the last of its last day: the check that a row's timestamp lies inside, written once.
 */
public final class CampaignPeriod {

    private final OffsetDateTime from;
    private final OffsetDateTime until;
    private final String text;

    public CampaignPeriod(LocalDate start, LocalDate end, ZoneOffset zone) {
        this.from = start.atStartOfDay().atOffset(zone);
        this.until = end.plusDays(1).atStartOfDay().atOffset(zone);
        this.text = start + " to " + end + " (" + zone + ")";
    }

    public boolean contains(OffsetDateTime at) {
        return !at.isBefore(from) && at.isBefore(until);
    }

    /** Records an error on {@code field} when {@code at} is given and lies outside the period. */
    public void check(RowReader row, String field, OffsetDateTime at) {
        if (at != null && !contains(at)) {
            row.error(field, "must lie in the campaign period " + text);
        }
    }
}

package org.qos.complaints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A period of inclusive calendar dates in the profile's time zone (api.md "Conventions"): an instant belongs to it
 * when it lies in {@code [start 00:00, end + 1 day 00:00)} there.
 */
public record ReportingPeriod(LocalDate start, LocalDate end, ZoneOffset zone) {

    public ReportingPeriod {
        if (start == null || end == null || zone == null) {
            throw new IllegalArgumentException("a period needs start, end and zone");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    /** The first instant of the period. */
    public Instant from() {
        return start.atStartOfDay().toInstant(zone);
    }

    /** The first instant after the period. */
    public Instant until() {
        return end.plusDays(1).atStartOfDay().toInstant(zone);
    }

    /** {@code end - start + 1}. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The period's length in microseconds (the database's precision). */
    public long micros() {
        return ChronoUnit.MICROS.between(from(), until());
    }

    /** "At least n months": {@code end + 1 day >= start + n months}. */
    public boolean spansAtLeastMonths(long months) {
        return !end.plusDays(1).isBefore(start.plusMonths(months));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from()) && instant.isBefore(until());
    }
}

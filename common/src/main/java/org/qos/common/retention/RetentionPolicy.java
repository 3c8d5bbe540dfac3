package org.qos.common.retention;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.jboss.logging.Logger;

/**
 * How long a service keeps its measured data (billing: charging records and invoice lines, clause 3.7; complaints:
 * complaints and support data, clause 3.8.2), counted in calendar terms in the profile's time zone: a row dated
 * {@code t} is kept until {@code t + retention} on the calendar, the same date and time a year (or so many months or
 * days) later. Where that date does not exist (a year from 29 February, six months from 31 August) the retention
 * runs to the first day of the next month at the same time, never shorter. A retention below the profile's minimum
 * is refused, so a misconfigured service never starts (and never purges data it must keep).
 */
public record RetentionPolicy(Period retention, ZoneId zone) {

    /**
     * @param configured an ISO-8601 period ({@code P1Y}, {@code P180D}, {@code P18M})
     * @throws IllegalStateException when {@code configured} is not a positive period, or is shorter than
     *         {@code minimum} from some date
     */
    public static RetentionPolicy of(String configured, Period minimum, ZoneId zone) {
        Period retention;
        try {
            retention = Period.parse(configured == null ? "" : configured.trim()).normalized();
        } catch (DateTimeException e) {
            throw new IllegalStateException("The configured retention '" + configured + "' is not an ISO-8601 period"
                    + " such as P1Y or P180D; refusing to start");
        }
        if (retention.isNegative() || retention.isZero() || shorterFromSomeDate(retention, minimum)) {
            throw new IllegalStateException("The configured retention is " + retention + ": the quality profile keeps"
                    + " this data at least " + minimum + "; refusing to start");
        }
        return new RetentionPolicy(retention, zone);
    }

    /**
     * The policy a service starts with, logged: {@link #of} for the data named {@code data} ("Charging data"), made
     * by the service's producer at startup so that a retention below the profile's minimum stops the service.
     */
    public static RetentionPolicy atStartup(String data, String configured, Period minimum, ZoneId zone) {
        RetentionPolicy policy = of(configured, minimum, zone);
        Logger.getLogger(RetentionPolicy.class).infof("%s is kept %s (calendar terms, in the profile's zone)", data,
                policy.retention());
        return policy;
    }

    /** The instant until which a row dated {@code dated} is kept (calendar arithmetic in the profile's zone). */
    public Instant expiry(Instant dated) {
        return expiry(LocalDateTime.ofInstant(dated, zone), retention).atZone(zone).toInstant();
    }

    /**
     * Rows dated strictly before this instant have reached their {@link #expiry} at {@code now} and may be purged;
     * rows dated at or after it are kept. {@code now − retention} on the calendar, moved earlier where a row of the
     * month's last days (whose retention runs to the first of a month) would otherwise leave early.
     */
    public Instant cutoff(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalDateTime cutoff = local.minus(retention);
        // Rows of the days just before the cutoff whose date does not exist a retention later expire on the first
        // of the month at their own time: those later in the day than now are still kept.
        LocalDate firstDay = cutoff.toLocalDate();
        for (int back = 1; back <= 3; back++) {
            LocalDate earlier = firstDay.minusDays(back);
            if (clamped(earlier, retention)
                    && expiry(earlier.atStartOfDay(), retention).toLocalDate().equals(local.toLocalDate())) {
                cutoff = earlier.atTime(local.toLocalTime());
            }
        }
        return cutoff.atZone(zone).toInstant();
    }

    static LocalDateTime expiry(LocalDateTime dated, Period retention) {
        LocalDateTime end = dated.plus(retention);
        return clamped(dated.toLocalDate(), retention)
                ? end.with(TemporalAdjusters.firstDayOfNextMonth())
                : end;
    }

    /** Whether {@code date + retention} fell on a day that does not exist and was moved to the month's last day. */
    private static boolean clamped(LocalDate date, Period retention) {
        LocalDate monthsLater = date.plusYears(retention.getYears()).plusMonths(retention.getMonths());
        return monthsLater.getDayOfMonth() != date.getDayOfMonth();
    }

    /** Whether {@code retention} ends before {@code minimum} from some start date (every month length and leap year). */
    private static boolean shorterFromSomeDate(Period retention, Period minimum) {
        LocalDateTime start = LocalDate.of(2000, 1, 1).atStartOfDay();
        for (int day = 0; day < 4 * 366; day++) {
            LocalDateTime from = start.plusDays(day);
            if (expiry(from, retention).isBefore(expiry(from, minimum))) {
                return true;
            }
        }
        return false;
    }
}

package org.qos.common.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final ZoneOffset ZONE = ZoneOffset.ofHours(7);

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    @Test
    void aYearRunsToTheSameDateAndTimeOfTheNextYear() {
        RetentionPolicy year = RetentionPolicy.of("P1Y", Period.ofYears(1), ZONE);
        assertEquals(at("2026-10-15T09:30:00"), year.expiry(at("2025-10-15T09:30:00")));
        // across 29 February 2028 a year is 366 days, not 365
        assertEquals(at("2028-03-10T00:00:00"), year.expiry(at("2027-03-10T00:00:00")));
        assertEquals(at("2027-03-10T00:00:00"), year.cutoff(at("2028-03-10T00:00:00")));
    }

    @Test
    void aYearFromTheTwentyNinthOfFebruaryRunsToTheFirstOfMarch() {
        RetentionPolicy year = RetentionPolicy.of("P1Y", Period.ofYears(1), ZONE);
        assertEquals(at("2025-03-01T10:00:00"), year.expiry(at("2024-02-29T10:00:00")));
        // on 1 March at 10:00 the row of 29 February 09:00 has left, the one of 11:00 has not
        Instant cutoff = year.cutoff(at("2025-03-01T10:00:00"));
        assertTrue(at("2024-02-29T09:00:00").isBefore(cutoff));
        assertFalse(at("2024-02-29T11:00:00").isBefore(cutoff));
        // on 28 February 2025 nothing of 29 February 2024 has left
        assertFalse(at("2024-02-29T00:00:00").isBefore(year.cutoff(at("2025-02-28T23:59:59"))));
        // six months from 31 August run to 1 March
        RetentionPolicy half = RetentionPolicy.of("P6M", Period.ofDays(180), ZONE);
        assertEquals(at("2026-03-01T08:00:00"), half.expiry(at("2025-08-31T08:00:00")));
    }

    @Test
    void aRowLeavesOnlyOnceItsRetentionHasRunAndLeavesWithinADayOfIt() {
        SplittableRandom random = new SplittableRandom(42);
        for (String period : new String[] {"P1Y", "P6M", "P180D", "P2Y", "P13M"}) {
            RetentionPolicy policy = RetentionPolicy.of(period, Period.ofDays(180), ZONE);
            for (int i = 0; i < 200_000; i++) {
                Instant now = at("2026-01-01T00:00:00").plusSeconds(random.nextLong(6L * 366 * 86_400));
                Instant dated = now.minus(Duration.ofDays(730 + 60)).plusSeconds(random.nextLong(800L * 86_400));
                boolean purged = dated.isBefore(policy.cutoff(now));
                Instant expiry = policy.expiry(dated);
                if (purged) {
                    assertFalse(expiry.isAfter(now), period + ": " + dated + " purged at " + now + ", kept until " + expiry);
                } else {
                    assertFalse(expiry.plus(Duration.ofDays(4)).isBefore(now),
                            period + ": " + dated + " still kept at " + now + ", expired at " + expiry);
                }
            }
        }
    }

    @Test
    void aRetentionShorterThanTheProfilesMinimumOnSomeDateIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RetentionPolicy.of("P365D", Period.ofYears(1), ZONE));
        assertTrue(refused.getMessage().contains("at least P1Y"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> RetentionPolicy.of("P5M", Period.ofDays(180), ZONE));
        assertThrows(IllegalStateException.class, () -> RetentionPolicy.of("P179D", Period.ofDays(180), ZONE));
        assertThrows(IllegalStateException.class, () -> RetentionPolicy.of("180 days", Period.ofDays(180), ZONE));
        assertThrows(IllegalStateException.class, () -> RetentionPolicy.of(null, Period.ofDays(180), ZONE));
        assertEquals(Period.ofDays(366), RetentionPolicy.of("P366D", Period.ofYears(1), ZONE).retention());
        assertEquals(Period.ofMonths(6), RetentionPolicy.of("P6M", Period.ofDays(180), ZONE).retention());
    }
}

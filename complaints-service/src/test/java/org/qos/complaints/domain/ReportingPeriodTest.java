package org.qos.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void threeMonthsMeansEndPlusOneDayAtLeastStartPlusThreeMonths() {
        assertTrue(KpiTestData.period("2026-07-01", "2026-09-30").spansAtLeastMonths(3));
        assertFalse(KpiTestData.period("2026-07-01", "2026-09-29").spansAtLeastMonths(3));
        // month ends: 2026-11-30 + 3 months = 2027-02-28; the period must reach 2027-02-27
        assertTrue(KpiTestData.period("2026-11-30", "2027-02-27").spansAtLeastMonths(3));
        assertFalse(KpiTestData.period("2026-11-30", "2027-02-26").spansAtLeastMonths(3));
        assertTrue(KpiTestData.period("2026-01-01", "2026-12-31").spansAtLeastMonths(3));
    }

    @Test
    void boundsAreInstantsOfThePlusSevenZone() {
        ReportingPeriod q3 = KpiTestData.Q3;
        assertEquals(OffsetDateTime.parse("2026-06-30T17:00:00Z").toInstant(), q3.from());
        assertEquals(OffsetDateTime.parse("2026-09-30T17:00:00Z").toInstant(), q3.until());
        assertTrue(q3.contains(OffsetDateTime.parse("2026-07-01T00:00:00+07:00").toInstant()));
        assertTrue(q3.contains(OffsetDateTime.parse("2026-09-30T23:59:59.999999+07:00").toInstant()));
        assertFalse(q3.contains(OffsetDateTime.parse("2026-10-01T00:00:00+07:00").toInstant()));
        assertFalse(q3.contains(OffsetDateTime.parse("2026-06-30T23:59:59+07:00").toInstant()));
        assertEquals(92, q3.days());
        assertEquals(92L * 86_400 * 1_000_000, q3.micros());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KpiTestData.period("2026-07-02", "2026-07-01"));
    }
}

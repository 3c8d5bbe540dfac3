package org.qos.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.qos.common.retention.RetentionPolicy;

class RetentionPolicyTest {

    private static final Period A_YEAR = Period.ofMonths(Math.toIntExact(KpiTestData.RULES.retentionMonths()));

    @Test
    void theProfileKeepsComplaintDataAYear() {
        assertEquals(12, KpiTestData.RULES.retentionMonths());
    }

    @Test
    void threeHundredSixtyFiveDaysAreShortOfAYearAcrossTheTwentyNinthOfFebruaryAndRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RetentionPolicy.of("P365D", A_YEAR, ZoneOffset.ofHours(7)));
        assertTrue(refused.getMessage().contains("at least P12M"), refused.getMessage());
        assertEquals(Period.ofDays(366), RetentionPolicy.of("P366D", A_YEAR, ZoneOffset.ofHours(7)).retention());
        assertEquals(Period.ofYears(1), RetentionPolicy.of("P1Y", A_YEAR, ZoneOffset.ofHours(7)).retention());
    }
}

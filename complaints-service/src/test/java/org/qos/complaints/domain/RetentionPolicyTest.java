package org.qos.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.qos.common.retention.RetentionPolicy;

class RetentionPolicyTest {

    @Test
    void theProfileKeepsComplaintDataAYear() {
        assertEquals(365, KpiTestData.RULES.retentionDays());
    }

    @Test
    void aRetentionBelowOneYearIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RetentionPolicy.of(Duration.ofDays(364), KpiTestData.RULES.retentionDays()));
        assertTrue(refused.getMessage().contains("at least 365 days"), refused.getMessage());
        assertThrows(IllegalStateException.class,
                () -> RetentionPolicy.of(Duration.ofDays(365).minusSeconds(1), 365));
        assertThrows(IllegalStateException.class, () -> RetentionPolicy.of(null, 365));
    }

    @Test
    void oneYearOrMoreIsAccepted() {
        Instant now = Instant.parse("2026-10-15T02:00:00Z");
        assertEquals(Instant.parse("2025-10-15T02:00:00Z"), RetentionPolicy.of(Duration.ofDays(365), 365).cutoff(now));
        assertEquals(Instant.parse("2024-10-15T02:00:00Z"), RetentionPolicy.of(Duration.ofDays(730), 365).cutoff(now));
    }
}

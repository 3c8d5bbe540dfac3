package org.qos.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ComplaintStatusTest {

    private static final Instant RECEIVED = OffsetDateTime.parse("2026-07-01T09:15:00+07:00").toInstant();
    private static final Instant DUE = RECEIVED.plus(KpiTestData.RULES.responseTime());

    private static Complaint complaint() {
        return new Complaint(UUID.randomUUID(), "ALPHA", "C1", Channel.LETTER, Category.SERVICE_QUALITY, RECEIVED,
                "s", DUE, RECEIVED, "alpha");
    }

    @Test
    void theProfileGives48Hours() {
        assertEquals(Duration.ofHours(48), KpiTestData.RULES.responseTime());
    }

    @Test
    void anAnswerAtExactly48HoursIsOnTimeAndOneSecondMoreIsLate() {
        Complaint exactly = complaint();
        exactly.answer(RECEIVED.plus(Duration.ofHours(48)), "done", RECEIVED.plus(Duration.ofHours(49)));
        assertTrue(exactly.onTime());
        Complaint late = complaint();
        late.answer(RECEIVED.plus(Duration.ofHours(48)).plusSeconds(1), "done", RECEIVED.plus(Duration.ofHours(49)));
        assertFalse(late.onTime());
        assertEquals(ComplaintStatus.ANSWERED, late.status(DUE.plusSeconds(3600)));
    }

    @Test
    void anOpenComplaintIsOverdueOnlyAfterItsDueTime() {
        Complaint open = complaint();
        assertNull(open.onTime());
        assertEquals(ComplaintStatus.OPEN, open.status(DUE.minusSeconds(1)));
        assertEquals(ComplaintStatus.OPEN, open.status(DUE));
        assertEquals(ComplaintStatus.OVERDUE, open.status(DUE.plusSeconds(1)));
    }

    @Test
    void aComplaintIsAnsweredOnce() {
        Complaint complaint = complaint();
        complaint.answer(DUE, "first", DUE);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> complaint.answer(DUE, "second", DUE));
        assertEquals("first", complaint.getResponseSummary());
    }
}

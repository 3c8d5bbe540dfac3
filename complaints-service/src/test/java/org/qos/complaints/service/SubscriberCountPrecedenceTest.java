package org.qos.complaints.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.TestClock;
import org.qos.common.security.Caller;
import org.qos.complaints.domain.RecorderRole;
import org.qos.complaints.repository.SubscriberCountRepository;
import org.qos.complaints.rest.SubscriberCountRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** For one asOf the regulator's subscriber count stands over the operator's, whatever the order they came in. */
@QuarkusTest
class SubscriberCountPrecedenceTest {

    private static final Caller REGULATOR = new Caller("regulator", true, null);

    @Inject
    SupportLineService service;

    @Inject
    SubscriberCountRepository counts;

    @Inject
    TestClock clock;

    private static Caller operator(String operatorId) {
        return new Caller("op-" + operatorId.toLowerCase(), false, operatorId);
    }

    private void record(Caller caller, String operatorId, String asOf, long count, String at) {
        clock.set(OffsetDateTime.parse(at));
        service.recordSubscriberCount(new SubscriberCountRequest(operatorId, LocalDate.parse(asOf), count), caller);
    }

    private long inForce(String operatorId, String date) {
        return QuarkusTransaction.requiringNew().call(
                () -> counts.inForce(operatorId, LocalDate.parse(date)).orElseThrow().getCount());
    }

    @Test
    void anOperatorsLaterCountForTheSameAsOfDoesNotOverrideTheRegulatorsCorrection() {
        record(operator("PRA"), "PRA", "2026-09-30", 1000, "2026-10-01T09:00:00+07:00");
        record(REGULATOR, "PRA", "2026-09-30", 1500, "2026-10-02T09:00:00+07:00");
        record(operator("PRA"), "PRA", "2026-09-30", 5, "2026-10-03T09:00:00+07:00");
        assertEquals(1500, inForce("PRA", "2026-09-30"));
        assertEquals(1500, inForce("PRA", "2026-12-31"));
        var listed = QuarkusTransaction.requiringNew().call(() -> counts.inForce("PRA", LocalDate.parse("2026-09-30"))
                .orElseThrow().getRecordedByRole());
        assertEquals(RecorderRole.REGULATOR, listed);
    }

    @Test
    void theRegulatorsCountStandsWhenTheOperatorsCameFirstOrLater() {
        record(REGULATOR, "PRB", "2026-09-30", 2000, "2026-10-01T09:00:00+07:00");
        record(operator("PRB"), "PRB", "2026-09-30", 7, "2026-10-05T09:00:00+07:00");
        assertEquals(2000, inForce("PRB", "2026-10-01"));
        // a later regulator's correction replaces its own earlier one
        record(REGULATOR, "PRB", "2026-09-30", 2100, "2026-10-06T09:00:00+07:00");
        assertEquals(2100, inForce("PRB", "2026-10-01"));
    }

    @Test
    void amongTheOperatorsOwnCountsTheLatestRecordedWinsAndALaterAsOfStillTakesOver() {
        record(operator("PRC"), "PRC", "2026-06-30", 100, "2026-07-01T09:00:00+07:00");
        record(operator("PRC"), "PRC", "2026-06-30", 110, "2026-07-02T09:00:00+07:00");
        assertEquals(110, inForce("PRC", "2026-07-15"));
        record(REGULATOR, "PRC", "2026-06-30", 120, "2026-07-03T09:00:00+07:00");
        // the precedence is for the regulator's date only: the operator's report of a later date is in force after it
        record(operator("PRC"), "PRC", "2026-09-30", 130, "2026-10-01T09:00:00+07:00");
        assertEquals(120, inForce("PRC", "2026-09-29"));
        assertEquals(130, inForce("PRC", "2026-09-30"));
    }
}

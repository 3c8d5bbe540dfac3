package org.qos.billing.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.qos.billing.domain.ChargingRecordRow;

class RecordBatchWatchTest {

    @Test
    void distinctIdsMayNotRepeatThroughManyGrowths() {
        RecordBatchWatch watch = new RecordBatchWatch();
        for (int i = 0; i < 300_000; i++) {
            watch.seeId("R" + i);
        }
        assertFalse(watch.mayRepeat(), "300,000 distinct ids: the look in SQL is skipped");
    }

    @Test
    void aRepeatedIdIsSeenWhereverItComes() {
        RecordBatchWatch watch = new RecordBatchWatch();
        for (int i = 0; i < 100_000; i++) {
            watch.seeId("R" + i);
        }
        watch.seeId("R77");
        assertTrue(watch.mayRepeat());
        RecordBatchWatch adjacent = new RecordBatchWatch();
        adjacent.seeId("same");
        adjacent.seeId("same");
        assertTrue(adjacent.mayRepeat());
    }

    @Test
    void idsThatDifferOnlyInCaseOrAtTheEndAreDistinct() {
        RecordBatchWatch watch = new RecordBatchWatch();
        for (String id : new String[] {"abc", "ABC", "abc ", "ab", "", "Hà Nội", "Ha Noi"}) {
            watch.seeId(id);
        }
        assertFalse(watch.mayRepeat());
        assertNotEquals(RecordBatchWatch.hash("abc"), RecordBatchWatch.hash("acb"));
    }

    @Test
    void aBatchOfMoreIdsThanAreWatchedGoesToTheLookInSql() {
        RecordBatchWatch watch = new RecordBatchWatch();
        for (int i = 0; i < RecordBatchWatch.MAX_IDS; i++) {
            watch.seeId(Integer.toString(i));
        }
        assertTrue(watch.mayRepeat(), "no more memory than " + RecordBatchWatch.MAX_IDS + " hashes");
    }

    @Test
    void recordsAndTheirRecordedDurationAreCountedAsTheyAreSeen() {
        RecordBatchWatch watch = new RecordBatchWatch();
        watch.see(record("R1", "121.001"));
        watch.see(record("R2", "0.5"));
        watch.see(record("R3", null)); // an audit's record: no duration
        watch.see(record("R1", "60")); // a repeat is counted too: the batch is refused whole after the copy
        assertEquals(4, watch.records());
        assertEquals(121_001 + 500 + 60_000, watch.recordedMillis());
        assertTrue(watch.mayRepeat());
    }

    private static ChargingRecordRow record(String id, String seconds) {
        return new ChargingRecordRow(id, "0243", "0243", "0912", "0912", OffsetDateTime.parse("2026-05-01T09:00:00+07:00"),
                seconds == null ? null : new BigDecimal(seconds), null, BigDecimal.TEN);
    }
}

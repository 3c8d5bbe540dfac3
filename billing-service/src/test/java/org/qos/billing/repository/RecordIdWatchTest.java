package org.qos.billing.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecordIdWatchTest {

    @Test
    void distinctIdsMayNotRepeatThroughManyGrowths() {
        RecordIdWatch watch = new RecordIdWatch();
        for (int i = 0; i < 300_000; i++) {
            watch.see("R" + i);
        }
        assertFalse(watch.mayRepeat(), "300,000 distinct ids: the look in SQL is skipped");
    }

    @Test
    void aRepeatedIdIsSeenWhereverItComes() {
        RecordIdWatch watch = new RecordIdWatch();
        for (int i = 0; i < 100_000; i++) {
            watch.see("R" + i);
        }
        watch.see("R77");
        assertTrue(watch.mayRepeat());
        RecordIdWatch adjacent = new RecordIdWatch();
        adjacent.see("same");
        adjacent.see("same");
        assertTrue(adjacent.mayRepeat());
    }

    @Test
    void idsThatDifferOnlyInCaseOrAtTheEndAreDistinct() {
        RecordIdWatch watch = new RecordIdWatch();
        for (String id : new String[] {"abc", "ABC", "abc ", "ab", "", "Hà Nội", "Ha Noi"}) {
            watch.see(id);
        }
        assertFalse(watch.mayRepeat());
        assertNotEquals(RecordIdWatch.hash("abc"), RecordIdWatch.hash("acb"));
    }

    @Test
    void aBatchOfMoreIdsThanAreWatchedGoesToTheLookInSql() {
        RecordIdWatch watch = new RecordIdWatch();
        for (int i = 0; i < RecordIdWatch.MAX_IDS; i++) {
            watch.see(Integer.toString(i));
        }
        assertTrue(watch.mayRepeat(), "no more memory than " + RecordIdWatch.MAX_IDS + " hashes");
    }
}

package org.qos.campaigns.family;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qos.campaigns.testing.TestClock;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every test method starts at TestClock's default now, whatever the one before it set (TestClockReset, registered in
 * the test-jar): each method here moves the clock away, and each one checks before it runs that it was set back.
 */
@QuarkusTest
class TestClockResetTest {

    @Inject
    Clock clock;

    @Inject
    TestClock testClock;

    @BeforeEach
    void startsAtTheDefaultNow() {
        assertEquals(TestClock.DEFAULT_NOW.toInstant(), clock.instant(), "the clock the services get");
    }

    @Test
    void oneTestMovesTheClockAYearOn() {
        testClock.set(TestClock.DEFAULT_NOW.plusYears(1));
        assertEquals(TestClock.DEFAULT_NOW.plusYears(1).toInstant(), clock.instant());
    }

    @Test
    void anotherMovesItAYearBack() {
        testClock.set(TestClock.DEFAULT_NOW.minusYears(1));
        assertEquals(TestClock.DEFAULT_NOW.minusYears(1).toInstant(), clock.instant());
    }
}

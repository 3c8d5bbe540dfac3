package org.qos.campaigns.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The clock of the services' tests: "now" is what a test sets (by default {@link #DEFAULT_NOW}). Published in this
 * module's test-jar (with a beans.xml, so that Quarkus discovers it); a service that depends on the test-jar gets it
 * as an enabled alternative, which replaces the default {@link Clock} bean of {@code CommonProducers}.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    public static final OffsetDateTime DEFAULT_NOW = OffsetDateTime.parse("2026-10-15T09:00:00+07:00");

    private volatile Instant now = DEFAULT_NOW.toInstant();

    public void set(OffsetDateTime instant) {
        this.now = instant.toInstant();
    }

    public void reset() {
        this.now = DEFAULT_NOW.toInstant();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}

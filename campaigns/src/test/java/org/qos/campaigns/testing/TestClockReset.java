package org.qos.campaigns.testing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Sets the {@link TestClock} back to {@link TestClock#DEFAULT_NOW} before every test method of a {@code @QuarkusTest}
 * (before its {@code @BeforeEach} methods), so that no test sees the "now" another test left and none has to reset it.
 * Registered as a service in this module's test-jar, with the clock.
 */
public class TestClockReset implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        try (InstanceHandle<TestClock> clock = Arc.container().instance(TestClock.class)) {
            if (clock.isAvailable()) {
                clock.get().reset();
            }
        }
    }
}

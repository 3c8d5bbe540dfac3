package org.qos.campaigns.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimestampsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-07-01T08:30:00+07:00", "2026-06-30T17:00:00Z", "2026-12-31T23:59:59-05:30",
            "2026-07-01T08:30:00.5+07:00", "2026-07-01T08:30:00.123456789+07:00", "2024-02-29T00:00:00Z",
            "2026-07-01T08:30:00.000+00:00", "0001-01-01T00:00:00+14:00"})
    void agreesWithTheJdkOnEveryValueItReads(String text) {
        assertEquals(OffsetDateTime.parse(text), IsoTimestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-07-01 08:30:00+07:00", "2026-07-01T08:30+07:00", "2026-07-01T08:30:00",
            "2026-02-30T08:30:00Z", "2026-13-01T08:30:00Z", "2026-07-01T24:00:00Z", "2026-07-01T08:30:00.+07:00",
            "2026-07-01T08:30:00+0700", "2026-07-01T08:30:00+19:00", "2026-07-01T08:30:00z", "abcd-07-01T08:30:00Z",
            "2026-07-01T08:30:00.1234567891Z", "2026-07-01T08:30:00+07:00[Asia/Ho_Chi_Minh]"})
    void leavesEverythingElseToTheJdk(String text) {
        assertNull(IsoTimestamps.parse(text));
    }
}

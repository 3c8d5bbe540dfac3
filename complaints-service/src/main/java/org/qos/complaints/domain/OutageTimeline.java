package org.qos.complaints.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/** Down time from outages as sent: each clipped to a window, overlaps merged, so no instant counts twice. */
public final class OutageTimeline {

    private OutageTimeline() {
    }

    /** Microseconds of {@code [from, until)} covered by at least one outage. */
    public static long downMicros(List<Outage> outages, Instant from, Instant until) {
        List<Outage> sorted = outages.stream().sorted(Comparator.comparing(Outage::startedAt)).toList();
        long down = 0;
        Instant runStart = null;
        Instant runEnd = null;
        for (Outage outage : sorted) {
            Instant start = outage.startedAt().isBefore(from) ? from : outage.startedAt();
            Instant end = outage.endedAt().isAfter(until) ? until : outage.endedAt();
            if (!end.isAfter(start)) {
                continue; // outside the window
            }
            if (runEnd != null && !start.isAfter(runEnd)) {
                if (end.isAfter(runEnd)) {
                    runEnd = end;
                }
                continue;
            }
            if (runEnd != null) {
                down += ChronoUnit.MICROS.between(runStart, runEnd);
            }
            runStart = start;
            runEnd = end;
        }
        if (runEnd != null) {
            down += ChronoUnit.MICROS.between(runStart, runEnd);
        }
        return down;
    }
}

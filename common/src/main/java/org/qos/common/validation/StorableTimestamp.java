package org.qos.common.validation;

import java.time.OffsetDateTime;

/**
 * A timestamp that PostgreSQL stores as it was sent, checked for every request body and batch row: PostgreSQL keeps
 * microseconds, so a value with a finer fraction of a second (7 to 9 decimals that are not zeros) would be rounded,
 * possibly into the next second. It is refused (400 naming the field) rather than stored changed.
 */
public final class StorableTimestamp {

    private StorableTimestamp() {
    }

    /** What keeps {@code at} from being stored as sent, as a field error's message; null when nothing does. */
    public static String problem(OffsetDateTime at) {
        if (at != null && at.getNano() % 1_000 != 0) {
            return "must give at most 6 decimals of a second (microseconds, what PostgreSQL keeps; it would round"
                    + " this value)";
        }
        return null;
    }
}

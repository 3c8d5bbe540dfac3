package org.qos.complaints.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.qos.campaigns.batch.RowReader;
import org.qos.campaigns.batch.RowSchema;
import org.qos.complaints.domain.SupportCall;

/**
 * Rows of a support-call log: {@code callId, at, answeredAfterSeconds} (empty or null = abandoned). Every column must
 * be in a CSV header (RowSchema's default), so that a missing column never turns every call into an abandoned one.
 */
final class SupportCallSchema implements RowSchema<SupportCall> {

    static final List<String> FIELDS = List.of("callId", "at", "answeredAfterSeconds");
    /** A day: a longer wait is a wrong row, not a call. */
    private static final BigDecimal MAX_WAIT_SECONDS = BigDecimal.valueOf(86_400);

    private final Instant latestAllowed;
    private final String futureMessage;
    /** The earliest and latest call of the rows read so far (null before the first valid row). */
    private Instant earliest;
    private Instant latest;

    /** Calls dated after {@code latestAllowed} (the server's clock plus the allowed skew) are refused. */
    SupportCallSchema(Instant latestAllowed, String futureMessage) {
        this.latestAllowed = latestAllowed;
        this.futureMessage = futureMessage;
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public SupportCall read(RowReader row) {
        String callId = row.text("callId", true, 64);
        OffsetDateTime at = row.timestamp("at", true);
        if (at != null && at.toInstant().isAfter(latestAllowed)) {
            row.error("at", futureMessage);
        }
        BigDecimal wait = row.decimal("answeredAfterSeconds", false, BigDecimal.ZERO, MAX_WAIT_SECONDS);
        if (row.hasErrors()) {
            return null;
        }
        Instant instant = at.toInstant();
        earliest = earliest == null || instant.isBefore(earliest) ? instant : earliest;
        latest = latest == null || instant.isAfter(latest) ? instant : latest;
        return new SupportCall(callId, at, wait);
    }

    /** The earliest call read, or null when no row was. */
    Instant earliest() {
        return earliest;
    }

    /** The latest call read, or null when no row was. */
    Instant latest() {
        return latest;
    }
}

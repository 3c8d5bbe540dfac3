package org.qos.complaints.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.qos.campaigns.batch.DeclaredRowSchema;
import org.qos.complaints.domain.SupportCall;

/**
 * Rows of a support-call log: {@code callId, at, answeredAfterSeconds} (empty or null = abandoned). Every column must
 * be in a CSV header, so that a missing column never turns every call into an abandoned one.
 */
final class SupportCallSchema extends DeclaredRowSchema<SupportCall> {

    /** A day: a longer wait is a wrong row, not a call. */
    private static final BigDecimal MAX_WAIT_SECONDS = BigDecimal.valueOf(86_400);

    private final Field<String> callId = text("callId", 64);
    private final Field<OffsetDateTime> at = timestamp("at");
    private final Field<BigDecimal> wait = decimal("answeredAfterSeconds", BigDecimal.ZERO, MAX_WAIT_SECONDS)
            .mayBeEmpty();
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
    protected void check(Values row) {
        if (row.get(at) != null && row.get(at).toInstant().isAfter(latestAllowed)) {
            row.error(at, futureMessage);
        }
    }

    @Override
    protected SupportCall build(Values row) {
        Instant instant = row.get(at).toInstant();
        earliest = earliest == null || instant.isBefore(earliest) ? instant : earliest;
        latest = latest == null || instant.isAfter(latest) ? instant : latest;
        return new SupportCall(row.get(callId), row.get(at), row.get(wait));
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

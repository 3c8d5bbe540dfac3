package org.qos.complaints.service;

import java.math.BigDecimal;
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

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public SupportCall read(RowReader row) {
        String callId = row.text("callId", true, 64);
        OffsetDateTime at = row.timestamp("at", true);
        BigDecimal wait = row.decimal("answeredAfterSeconds", false, BigDecimal.ZERO, MAX_WAIT_SECONDS);
        if (row.hasErrors()) {
            return null;
        }
        return new SupportCall(callId, at, wait);
    }
}

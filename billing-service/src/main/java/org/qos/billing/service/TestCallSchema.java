package org.qos.billing.service;

import static org.qos.billing.domain.PhoneNumbers.digits;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.qos.billing.domain.BillingRules;
import org.qos.billing.domain.Direction;
import org.qos.billing.domain.TestCallRow;
import org.qos.campaigns.batch.DeclaredRowSchema;

/**
 * Rows of the test equipment's log: {@code callId, caller, callee, direction, startedAt, durationSeconds}; startedAt
 * lies in the campaign's period, give or take a day of clock skew.
 */
final class TestCallSchema extends DeclaredRowSchema<TestCallRow> {

    private final BillingRules rules;
    private final Field<String> callId = text("callId", Rows.MAX_ID_LENGTH);
    private final Field<String> caller = text("caller", Rows.MAX_NUMBER_LENGTH);
    private final Field<String> callee = text("callee", Rows.MAX_NUMBER_LENGTH);
    private final Field<Direction> direction = code("direction", Direction.class);
    private final Field<OffsetDateTime> startedAt = timestamp("startedAt");
    private final Field<BigDecimal> duration = field("durationSeconds", Rows::seconds);

    TestCallSchema(BillingRules rules) {
        this.rules = rules;
        inPeriod(startedAt, TestCallRow::startedAt);
    }

    @Override
    protected void check(Values row) {
        Rows.checkDigits(row, caller);
        Rows.checkDigits(row, callee);
    }

    @Override
    protected TestCallRow build(Values row) {
        return new TestCallRow(row.get(callId), row.get(caller), digits(row.get(caller)), row.get(callee),
                digits(row.get(callee)), row.get(direction), row.get(startedAt), row.get(duration),
                rules.outOfRange(row.get(duration)));
    }
}

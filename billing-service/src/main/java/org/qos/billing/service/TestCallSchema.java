package org.qos.billing.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.qos.billing.domain.BillingRules;
import org.qos.billing.domain.Direction;
import org.qos.billing.domain.TestCallRow;
import org.qos.campaigns.batch.PeriodField;
import org.qos.campaigns.batch.RowReader;
import org.qos.campaigns.batch.RowSchema;

/** Rows of the test equipment's log: {@code callId, caller, callee, direction, startedAt, durationSeconds}. */
final class TestCallSchema implements RowSchema<TestCallRow> {

    static final List<String> FIELDS = List.of("callId", "caller", "callee", "direction", "startedAt",
            "durationSeconds");
    private static final Set<String> DIRECTIONS = Arrays.stream(Direction.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private final BillingRules rules;

    TestCallSchema(BillingRules rules) {
        this.rules = rules;
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    /** startedAt lies in the campaign's period, give or take a day of clock skew. */
    @Override
    public List<PeriodField<TestCallRow>> periodFields() {
        return List.of(PeriodField.of("startedAt", TestCallRow::startedAt));
    }

    @Override
    public TestCallRow read(RowReader row) {
        String callId = row.text("callId", true, Rows.MAX_ID_LENGTH);
        String caller = row.text("caller", true, Rows.MAX_NUMBER_LENGTH);
        String callee = row.text("callee", true, Rows.MAX_NUMBER_LENGTH);
        String direction = row.code("direction", true, DIRECTIONS);
        OffsetDateTime startedAt = row.timestamp("startedAt", true);
        BigDecimal duration = Rows.seconds(row, "durationSeconds");
        String callerDigits = Rows.digits(row, "caller", caller);
        String calleeDigits = Rows.digits(row, "callee", callee);
        if (row.hasErrors()) {
            return null;
        }
        return new TestCallRow(callId, caller, callerDigits, callee, calleeDigits, Direction.valueOf(direction),
                startedAt, duration, rules.outOfRange(duration));
    }
}

package org.qos.campaigns.family;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.qos.campaigns.batch.CopyTable;
import org.qos.campaigns.batch.DeclaredRowSchema;

/** Rows {@code rowId, measuredAt, score (0-100), ok}, and the table they are copied into. */
public final class TestRowSchema extends DeclaredRowSchema<TestRow> {

    public static final CopyTable<TestRow> TABLE = CopyTable.<TestRow>into("lifecycle_test.test_row")
            .rowId("rowId", "row_id", TestRow::rowId)
            .column("measured_at", TestRow::measuredAt)
            .column("score", TestRow::score)
            .column("ok", TestRow::ok);

    private final Field<String> rowId = text("rowId", 64);
    private final Field<OffsetDateTime> measuredAt = timestamp("measuredAt");
    private final Field<BigDecimal> score = decimal("score", BigDecimal.ZERO, BigDecimal.valueOf(100));
    private final Field<Boolean> ok = bool("ok");

    /** measuredAt lies in the campaign's period, give or take a day. */
    public TestRowSchema() {
        inPeriod(measuredAt, TestRow::measuredAt);
    }

    @Override
    protected TestRow build(Values row) {
        return new TestRow(row.get(rowId), row.get(measuredAt), row.get(score), row.get(ok));
    }
}

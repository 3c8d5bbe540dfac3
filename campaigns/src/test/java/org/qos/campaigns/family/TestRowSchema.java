package org.qos.campaigns.family;

import java.math.BigDecimal;
import java.util.List;

import org.qos.campaigns.batch.CopyTable;
import org.qos.campaigns.batch.PeriodField;
import org.qos.campaigns.batch.RowReader;
import org.qos.campaigns.batch.RowSchema;

/** Rows {@code rowId, measuredAt, score (0-100), ok}, and the table they are copied into. */
public final class TestRowSchema implements RowSchema<TestRow> {

    public static final List<String> FIELDS = List.of("rowId", "measuredAt", "score", "ok");

    public static final CopyTable<TestRow> TABLE = CopyTable.<TestRow>into("lifecycle_test.test_row")
            .rowId("rowId", "row_id", TestRow::rowId)
            .column("measured_at", TestRow::measuredAt)
            .column("score", TestRow::score)
            .column("ok", TestRow::ok);

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    /** measuredAt lies in the campaign's period, give or take a day. */
    @Override
    public List<PeriodField<TestRow>> periodFields() {
        return List.of(PeriodField.of("measuredAt", TestRow::measuredAt));
    }

    @Override
    public TestRow read(RowReader row) {
        String rowId = row.text("rowId", true, 64);
        var measuredAt = row.timestamp("measuredAt", true);
        BigDecimal score = row.decimal("score", true, BigDecimal.ZERO, BigDecimal.valueOf(100));
        Boolean ok = row.bool("ok", true);
        return row.hasErrors() ? null : new TestRow(rowId, measuredAt, score, ok);
    }
}

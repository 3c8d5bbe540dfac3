package org.qos.billing.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.qos.billing.domain.ChargingRecordRow;
import org.qos.campaigns.batch.PeriodField;
import org.qos.campaigns.batch.RowReader;
import org.qos.campaigns.batch.RowSchema;

/** A campaign's charging records: {@code recordId, caller, callee, startedAt, durationSeconds, charge}. */
final class CampaignRecordSchema implements RowSchema<ChargingRecordRow> {

    static final List<String> FIELDS = List.of("recordId", "caller", "callee", "startedAt", "durationSeconds",
            "charge");
    private static final List<PeriodField<ChargingRecordRow>> PERIOD_FIELDS = List.of(
            PeriodField.of("startedAt", ChargingRecordRow::startedAt));

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    /** startedAt lies in the campaign's period, give or take a day of clock skew. */
    @Override
    public List<PeriodField<ChargingRecordRow>> periodFields() {
        return PERIOD_FIELDS;
    }

    @Override
    public ChargingRecordRow read(RowReader row) {
        String recordId = row.text("recordId", true, Rows.MAX_ID_LENGTH);
        String caller = row.text("caller", true, Rows.MAX_NUMBER_LENGTH);
        String callee = row.text("callee", true, Rows.MAX_NUMBER_LENGTH);
        OffsetDateTime startedAt = row.timestamp("startedAt", true);
        BigDecimal duration = Rows.seconds(row, "durationSeconds");
        BigDecimal charge = row.decimal("charge", true, BigDecimal.ZERO, null);
        String callerDigits = Rows.digits(row, "caller", caller);
        String calleeDigits = Rows.digits(row, "callee", callee);
        if (row.hasErrors()) {
            return null;
        }
        return new ChargingRecordRow(recordId, caller, callerDigits, callee, calleeDigits, startedAt, duration, null,
                charge);
    }
}

package org.qos.billing.service;

import static org.qos.billing.domain.PhoneNumbers.digits;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.qos.billing.domain.ChargingRecordRow;
import org.qos.campaigns.batch.DeclaredRowSchema;

/**
 * A campaign's charging records: {@code recordId, caller, callee, startedAt, durationSeconds, charge}; startedAt lies
 * in the campaign's period, give or take a day of clock skew.
 */
final class CampaignRecordSchema extends DeclaredRowSchema<ChargingRecordRow> {

    private final Field<String> recordId = text("recordId", Rows.MAX_ID_LENGTH);
    private final Field<String> caller = text("caller", Rows.MAX_NUMBER_LENGTH);
    private final Field<String> callee = text("callee", Rows.MAX_NUMBER_LENGTH);
    private final Field<OffsetDateTime> startedAt = timestamp("startedAt");
    private final Field<BigDecimal> duration = field("durationSeconds", Rows::seconds);
    private final Field<BigDecimal> charge = decimal("charge", BigDecimal.ZERO, null);

    CampaignRecordSchema() {
        inPeriod(startedAt, ChargingRecordRow::startedAt);
    }

    @Override
    protected void check(Values row) {
        Rows.checkDigits(row, caller);
        Rows.checkDigits(row, callee);
    }

    @Override
    protected ChargingRecordRow build(Values row) {
        return new ChargingRecordRow(row.get(recordId), row.get(caller), digits(row.get(caller)), row.get(callee),
                digits(row.get(callee)), row.get(startedAt), row.get(duration), null, row.get(charge));
    }
}

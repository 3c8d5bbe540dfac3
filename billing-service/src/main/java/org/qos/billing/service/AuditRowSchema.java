package org.qos.billing.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.qos.billing.domain.ChargingRecordRow;
import org.qos.billing.domain.Money;
import org.qos.campaigns.batch.PeriodField;
import org.qos.campaigns.batch.RowReader;
import org.qos.campaigns.batch.RowSchema;

/**
 * An audit's charging records and invoice lines alike: {@code recordId, subscriber, callee, startedAt, endedAt,
 * charge}; endedAt not before startedAt; a charge of at most the currency's minor-unit digits.
 */
final class AuditRowSchema implements RowSchema<ChargingRecordRow> {

    static final List<String> FIELDS = List.of("recordId", "subscriber", "callee", "startedAt", "endedAt", "charge");
    private static final List<PeriodField<ChargingRecordRow>> PERIOD_FIELDS = List.of(
            PeriodField.of("startedAt", ChargingRecordRow::startedAt),
            PeriodField.of("endedAt", ChargingRecordRow::endedAt));

    private final String currency;
    private final int minorDigits;

    AuditRowSchema(String currency) {
        this.currency = currency;
        this.minorDigits = Money.minorDigits(currency);
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    /** startedAt and endedAt lie in the audit's period, give or take a day of clock skew. */
    @Override
    public List<PeriodField<ChargingRecordRow>> periodFields() {
        return PERIOD_FIELDS;
    }

    @Override
    public ChargingRecordRow read(RowReader row) {
        String recordId = row.text("recordId", true, Rows.MAX_ID_LENGTH);
        String subscriber = row.text("subscriber", true, Rows.MAX_NUMBER_LENGTH);
        String callee = row.text("callee", true, Rows.MAX_NUMBER_LENGTH);
        OffsetDateTime startedAt = row.timestamp("startedAt", true);
        OffsetDateTime endedAt = row.timestamp("endedAt", true);
        BigDecimal charge = row.decimal("charge", true, BigDecimal.ZERO, null);
        String subscriberDigits = Rows.digits(row, "subscriber", subscriber);
        String calleeDigits = Rows.digits(row, "callee", callee);
        if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
            row.error("endedAt", "must not be before startedAt");
        }
        if (charge != null && !Money.fits(charge, minorDigits)) {
            row.error("charge", "must have at most " + minorDigits + " decimal digit" + (minorDigits == 1 ? "" : "s")
                    + " (the minor unit of " + currency + ")");
        }
        if (row.hasErrors()) {
            return null;
        }
        return new ChargingRecordRow(recordId, subscriber, subscriberDigits, callee, calleeDigits, startedAt, null,
                endedAt, charge);
    }
}

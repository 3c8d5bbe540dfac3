package org.qos.billing.service;

import static org.qos.billing.domain.PhoneNumbers.digits;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.qos.billing.domain.ChargingRecordRow;
import org.qos.billing.domain.Money;
import org.qos.campaigns.batch.DeclaredRowSchema;

/**
 * An audit's charging records and invoice lines alike: {@code recordId, subscriber, callee, startedAt, endedAt,
 * charge}; endedAt not before startedAt, both in the audit's period give or take a day of clock skew; a charge of at
 * most the currency's minor-unit digits.
 */
final class AuditRowSchema extends DeclaredRowSchema<ChargingRecordRow> {

    private final Field<String> recordId = text("recordId", Rows.MAX_ID_LENGTH);
    private final Field<String> subscriber = text("subscriber", Rows.MAX_NUMBER_LENGTH);
    private final Field<String> callee = text("callee", Rows.MAX_NUMBER_LENGTH);
    private final Field<OffsetDateTime> startedAt = timestamp("startedAt");
    private final Field<OffsetDateTime> endedAt = timestamp("endedAt");
    private final Field<BigDecimal> charge = decimal("charge", BigDecimal.ZERO, null);
    private final String currency;
    private final int minorDigits;

    AuditRowSchema(String currency) {
        this.currency = currency;
        this.minorDigits = Money.minorDigits(currency);
        inPeriod(startedAt, ChargingRecordRow::startedAt);
        inPeriod(endedAt, ChargingRecordRow::endedAt);
    }

    @Override
    protected void check(Values row) {
        Rows.checkDigits(row, subscriber);
        Rows.checkDigits(row, callee);
        OffsetDateTime start = row.get(startedAt);
        OffsetDateTime end = row.get(endedAt);
        if (start != null && end != null && end.isBefore(start)) {
            row.error(endedAt, "must not be before startedAt");
        }
        if (row.get(charge) != null && !Money.fits(row.get(charge), minorDigits)) {
            row.error(charge, "must have at most " + minorDigits + " decimal digit" + (minorDigits == 1 ? "" : "s")
                    + " (the minor unit of " + currency + ")");
        }
    }

    @Override
    protected ChargingRecordRow build(Values row) {
        return new ChargingRecordRow(row.get(recordId), row.get(subscriber), digits(row.get(subscriber)),
                row.get(callee), digits(row.get(callee)), row.get(startedAt), null, row.get(endedAt), row.get(charge));
    }
}

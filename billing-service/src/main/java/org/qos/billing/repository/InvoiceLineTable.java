package org.qos.billing.repository;

import java.io.IOException;

import org.qos.billing.domain.ChargingRecordRow;
import org.qos.campaigns.batch.BatchTarget;
import org.qos.campaigns.batch.CopyRow;
import org.qos.campaigns.batch.RowSchema;

/** Invoice lines of an audit as the target of a COPY batch; recordId is unique per audit (primary key). */
public final class InvoiceLineTable implements BatchTarget<ChargingRecordRow> {

    public static final String TABLE = "billing.invoice_line";

    private final RowSchema<ChargingRecordRow> schema;

    public InvoiceLineTable(RowSchema<ChargingRecordRow> schema) {
        this.schema = schema;
    }

    @Override
    public RowSchema<ChargingRecordRow> schema() {
        return schema;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public String columns() {
        return "record_id, subscriber, subscriber_digits, callee, callee_digits, started_at, ended_at, charge";
    }

    @Override
    public String rowIdField() {
        return "recordId";
    }

    @Override
    public String rowIdColumn() {
        return "record_id";
    }

    @Override
    public void write(CopyRow out, ChargingRecordRow line) throws IOException {
        out.text(line.recordId()).text(line.caller()).text(line.callerDigits()).text(line.callee())
                .text(line.calleeDigits()).timestamp(line.startedAt()).timestamp(line.endedAt()).number(line.charge());
    }
}

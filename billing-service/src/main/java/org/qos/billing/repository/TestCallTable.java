package org.qos.billing.repository;

import java.io.IOException;

import org.qos.billing.domain.TestCallRow;
import org.qos.campaigns.batch.BatchTarget;
import org.qos.campaigns.batch.CopyRow;
import org.qos.campaigns.batch.RowSchema;

/** Test calls as the target of a COPY batch; callId is unique per campaign (primary key). */
public final class TestCallTable implements BatchTarget<TestCallRow> {

    public static final String TABLE = "billing.test_call";

    private final RowSchema<TestCallRow> schema;

    public TestCallTable(RowSchema<TestCallRow> schema) {
        this.schema = schema;
    }

    @Override
    public RowSchema<TestCallRow> schema() {
        return schema;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public String columns() {
        return "call_id, caller, caller_digits, callee, callee_digits, direction, started_at, duration_seconds, exclusion";
    }

    @Override
    public String rowIdField() {
        return "callId";
    }

    @Override
    public String rowIdColumn() {
        return "call_id";
    }

    @Override
    public void write(CopyRow out, TestCallRow call) throws IOException {
        out.text(call.callId()).text(call.caller()).text(call.callerDigits()).text(call.callee())
                .text(call.calleeDigits()).text(call.direction().name()).timestamp(call.startedAt())
                .number(call.durationSeconds()).text(call.excluded() ? "OUT_OF_RANGE_DURATION" : null);
    }
}

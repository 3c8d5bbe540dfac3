package org.qos.campaigns.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

class CopyTableTest {

    enum Exclusion { OFF_NET, OVER_SPEED }

    /** A row with a value of every type a COPY column takes. */
    record Sample(String id, OffsetDateTime at, BigDecimal score, Long count, Integer small, Boolean ok, UUID ref,
            Exclusion exclusion, List<String> reasons, Object any) {
    }

    static final CopyTable<Sample> SAMPLES = CopyTable.<Sample>into("family.sample")
            .rowId("sampleId", "sample_id", Sample::id)
            .column("at", Sample::at)
            .column("score", Sample::score)
            .column("count", Sample::count)
            .column("small", Sample::small)
            .column("ok", Sample::ok)
            .column("ref", Sample::ref)
            .column("exclusion", Sample::exclusion)
            .column("reasons", Sample::reasons)
            .column("any", Sample::any);

    private static String write(CopyTable<Sample> table, Sample sample) throws IOException {
        StringWriter out = new StringWriter();
        CopyRow row = new CopyRow(out);
        table.write(row, sample);
        row.end();
        return out.toString();
    }

    @Test
    void columnsAreListedInTheOrderTheyAreWritten() {
        assertEquals("family.sample", SAMPLES.table());
        assertEquals("sample_id, at, score, count, small, ok, ref, exclusion, reasons, any", SAMPLES.columns());
        assertEquals("sampleId", SAMPLES.rowIdField());
        assertEquals("sample_id", SAMPLES.rowIdColumn());
    }

    @Test
    void aTableWithoutRowIdNamesNone() {
        CopyTable<Sample> table = CopyTable.<Sample>into("family.drive_sample").column("at", Sample::at);
        assertEquals("at", table.columns());
        assertNull(table.rowIdField());
        assertNull(table.rowIdColumn());
        assertEquals("", CopyTable.<Sample>into("family.empty").columns());
    }

    @Test
    void descriptionsAreImmutable() {
        CopyTable<Sample> base = CopyTable.<Sample>into("family.sample").column("at", Sample::at);
        CopyTable<Sample> more = base.column("score", Sample::score);
        CopyTable<Sample> withId = base.rowId("sampleId", "sample_id", Sample::id);
        assertEquals("at", base.columns());
        assertEquals("at, score", more.columns());
        assertEquals("at, sample_id", withId.columns());
        assertNull(base.rowIdField());
        // a row id stays named when columns follow it
        assertEquals("sampleId", withId.column("ok", Sample::ok).rowIdField());
    }

    @Test
    void everyValueTypeHasItsCopyText() throws IOException {
        UUID ref = UUID.fromString("0b4f8a36-4c1e-4a0f-9d55-3b8a0c9b1e11");
        Sample sample = new Sample("S-1\tx", OffsetDateTime.parse("2026-07-01T08:30:00.250+07:00"),
                new BigDecimal("1E+2"), 42L, -7, false, ref, Exclusion.OVER_SPEED, List.of("ECHO", "NOISE"), 2.5d);
        assertEquals(String.join("\t", "S-1\\tx", "2026-07-01T08:30:00.250+07:00", "100", "42", "-7", "f",
                ref.toString(), "OVER_SPEED", "{ECHO,NOISE}", "2.5") + "\n", write(SAMPLES, sample));
    }

    @Test
    void nullIsNullForEveryColumn() throws IOException {
        Sample sample = new Sample(null, null, null, null, null, null, null, null, null, null);
        assertEquals(String.join("\t", java.util.Collections.nCopies(10, "\\N")) + "\n", write(SAMPLES, sample));
    }

    @Test
    void valueWritesEachTypeLikeItsTypedMethod() throws IOException {
        for (Object value : Arrays.asList("a\\b", new BigDecimal("0.000001"), 3L, 3, (short) 3, true,
                OffsetDateTime.parse("2026-07-01T00:00:00Z"), UUID.randomUUID(), Exclusion.OFF_NET, List.of("A_1"),
                List.of(), null)) {
            StringWriter byValue = new StringWriter();
            new CopyRow(byValue).value(value).end();
            StringWriter typed = new StringWriter();
            CopyRow row = new CopyRow(typed);
            switch (value) {
                case null -> row.nul();
                case String text -> row.text(text);
                case BigDecimal decimal -> row.number(decimal);
                case Long number -> row.number(number);
                case Number number -> row.number(number.longValue());
                case Boolean bool -> row.bool(bool);
                case OffsetDateTime timestamp -> row.timestamp(timestamp);
                case UUID uuid -> row.uuid(uuid);
                case Exclusion exclusion -> row.text(exclusion.name());
                case List<?> codes -> row.codes(codes.stream().map(String::valueOf).toList());
                default -> throw new AssertionError(value);
            }
            row.end();
            assertEquals(typed.toString(), byValue.toString(), String.valueOf(value));
        }
        StringWriter plain = new StringWriter();
        new CopyRow(plain).value(new BigDecimal("1E-3")).end();
        assertEquals("0.001\n", plain.toString(), "decimals are written without exponent");
    }

    @Test
    void aValueWithoutCopyTextIsRefused() {
        Sample sample = new Sample("S", null, null, null, null, null, null, null, null, new StringBuilder("x"));
        assertThrows(IllegalArgumentException.class, () -> write(SAMPLES, sample));
        Sample badCode = new Sample("S", null, null, null, null, null, null, null, List.of("not a code"), null);
        assertThrows(IllegalArgumentException.class, () -> write(SAMPLES, badCode));
    }

    @Test
    void afterCopyRunsOnlyWhenGiven() throws Exception {
        SAMPLES.afterCopy(null, UUID.randomUUID(), UUID.randomUUID()); // none given: nothing happens
        UUID campaign = UUID.randomUUID();
        UUID batch = UUID.randomUUID();
        UUID[] seen = new UUID[2];
        CopyTable<Sample> checked = SAMPLES.afterCopy((connection, campaignId, batchId) -> {
            seen[0] = campaignId;
            seen[1] = batchId;
            throw new ProblemException(ProblemType.DUPLICATE_ROW, "refused");
        });
        ProblemException refused = assertThrows(ProblemException.class, () -> checked.afterCopy(null, campaign, batch));
        assertEquals(409, refused.problem().status());
        assertEquals(campaign, seen[0]);
        assertEquals(batch, seen[1]);
        assertEquals(SAMPLES.columns(), checked.columns());
        assertEquals("sampleId", checked.rowIdField());
    }
}

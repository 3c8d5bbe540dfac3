package org.qos.campaigns.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

class CopyTableTest {

    enum Exclusion { OFF_NET, OVER_SPEED }

    /** A row with a value of every type a COPY column takes. */
    record Sample(String id, OffsetDateTime at, BigDecimal score, Long count, Integer small, Object ok, UUID ref,
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

    /** The binary COPY form of one row of {@link #SAMPLES}: the size of the row, then each field's length (-1: null). */
    private static byte[] write(CopyTable<Sample> table, Sample sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CopyColumnType[] types = {CopyColumnType.INT4, CopyColumnType.TEXT, CopyColumnType.TIMESTAMPTZ,
            CopyColumnType.NUMERIC, CopyColumnType.INT8, CopyColumnType.INT2, CopyColumnType.BOOL, CopyColumnType.UUID,
            CopyColumnType.TEXT, CopyColumnType.TEXT_ARRAY, CopyColumnType.FLOAT8};
        CopyRow row = new CopyRow(out, 256, types, ("row_no, " + table.columns()).split(", "));
        row.start(1);
        table.write(row, sample);
        row.end();
        row.flush();
        return out.toByteArray();
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
    void everyColumnIsWrittenInItsOrder() throws IOException {
        UUID ref = UUID.fromString("0b4f8a36-4c1e-4a0f-9d55-3b8a0c9b1e11");
        Sample sample = new Sample("S-1", OffsetDateTime.parse("2026-07-01T08:30:00.250+07:00"),
                new BigDecimal("3.70"), 42L, -7, false, ref, Exclusion.OVER_SPEED, List.of("ECHO", "NOISE"), 2.5d);
        ByteBuffer row = ByteBuffer.wrap(write(SAMPLES, sample));
        assertEquals(11, row.getShort(), "the row number and ten columns");
        int[] lengths = {4, 3, 8, 12, 8, 2, 1, 16, 10, 20 + 4 + 4 + 4 + 5, 8};
        byte[][] fields = new byte[lengths.length][];
        for (int i = 0; i < lengths.length; i++) {
            fields[i] = new byte[row.getInt()];
            assertEquals(lengths[i], fields[i].length, "column " + i);
            row.get(fields[i]);
        }
        assertEquals("S-1", new String(fields[1], StandardCharsets.UTF_8));
        assertEquals(42L, ByteBuffer.wrap(fields[4]).getLong());
        assertEquals(-7, ByteBuffer.wrap(fields[5]).getShort());
        assertEquals("OVER_SPEED", new String(fields[8], StandardCharsets.UTF_8));
        assertEquals(2.5d, ByteBuffer.wrap(fields[10]).getDouble());
        assertEquals(0, row.remaining());
    }

    @Test
    void nullIsNullForEveryColumn() throws IOException {
        Sample sample = new Sample(null, null, null, null, null, null, null, null, null, null);
        ByteBuffer row = ByteBuffer.wrap(write(SAMPLES, sample));
        assertEquals(11, row.getShort());
        assertEquals(4, row.getInt());
        row.getInt();
        for (int i = 0; i < 10; i++) {
            assertEquals(-1, row.getInt(), "column " + i);
        }
        assertEquals(0, row.remaining());
    }

    @Test
    void aValueWithoutCopyFormIsRefused() {
        Sample sample = new Sample("S", null, null, null, null, null, null, null, null, new StringBuilder("x"));
        assertThrows(IllegalArgumentException.class, () -> write(SAMPLES, sample));
        Sample text = new Sample("S", null, null, null, null, "not a boolean", null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> write(SAMPLES, text));
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

    @Test
    void aWatcherSeesEachRowOnceAfterItsColumnsAndTheDescriptionStaysAsItWas() throws IOException {
        List<String> seen = new ArrayList<>();
        CopyTable<Sample> watched = SAMPLES.eachRow(sample -> seen.add(sample.id()));
        write(watched, new Sample("S1", null, null, null, null, null, null, null, null, null));
        write(watched, new Sample("S2", null, null, null, null, null, null, null, null, null));
        write(SAMPLES, new Sample("S3", null, null, null, null, null, null, null, null, null));
        assertEquals(List.of("S1", "S2"), seen);
        assertEquals(SAMPLES.columns(), watched.columns());
        Sample refused = new Sample("S4", null, null, null, null, null, null, null, null, new StringBuilder("x"));
        assertThrows(IllegalArgumentException.class, () -> write(watched, refused));
        assertEquals(List.of("S1", "S2"), seen, "a row that could not be written is not seen");
    }

    @Test
    void watchersAddedOneAfterTheOtherEachSeeEveryRowInTheOrderAdded() throws IOException {
        List<String> seen = new ArrayList<>();
        CopyTable<Sample> watched = SAMPLES.eachRow(sample -> seen.add("first " + sample.id()))
                .eachRow(sample -> seen.add("second " + sample.id()));
        write(watched, new Sample("S1", null, null, null, null, null, null, null, null, null));
        write(watched, new Sample("S2", null, null, null, null, null, null, null, null, null));
        assertEquals(List.of("first S1", "second S1", "first S2", "second S2"), seen);
    }
}

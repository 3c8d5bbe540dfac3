package org.qos.campaigns.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The bytes of the binary COPY form; {@code CopyRowRoundTripTest} checks the values PostgreSQL reads from them. */
class CopyRowTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private CopyRow row(CopyColumnType... types) {
        String[] names = new String[types.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = "c" + i;
        }
        return new CopyRow(out, 64, types, names);
    }

    /** The fields of every row written (null for NULL), after checking the header and the trailer. */
    private List<List<byte[]>> rows() {
        ByteBuffer in = ByteBuffer.wrap(out.toByteArray());
        byte[] signature = new byte[11];
        in.get(signature);
        assertArrayEquals("PGCOPY\n\u00ff\r\n\0".getBytes(StandardCharsets.ISO_8859_1), signature);
        assertEquals(0, in.getInt(), "flags");
        assertEquals(0, in.getInt(), "header extension");
        List<List<byte[]>> rows = new ArrayList<>();
        for (short count = in.getShort(); count != -1; count = in.getShort()) {
            List<byte[]> fields = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int length = in.getInt();
                byte[] field = null;
                if (length >= 0) {
                    field = new byte[length];
                    in.get(field);
                }
                fields.add(field);
            }
            rows.add(fields);
        }
        assertEquals(0, in.remaining(), "nothing after the trailer");
        return rows;
    }

    private byte[] only(Object value, CopyColumnType type) throws IOException {
        out.reset();
        CopyRow row = row(CopyColumnType.INT4, type).header();
        row.start(1).value(value).end();
        row.finish();
        return rows().get(0).get(1);
    }

    /** Binary numeric: ndigits, weight, sign, dscale, then base-10000 digits. */
    private static byte[] numeric(int weight, int sign, int dscale, int... digits) {
        ByteBuffer expected = ByteBuffer.allocate(8 + 2 * digits.length);
        expected.putShort((short) digits.length).putShort((short) weight).putShort((short) sign).putShort((short) dscale);
        for (int digit : digits) {
            expected.putShort((short) digit);
        }
        return expected.array();
    }

    @Test
    void rowsRepeatTheLeadingColumnsThenTheRowNumberAndTheirValues() throws IOException {
        UUID batch = UUID.fromString("0b4f8a36-4c1e-4a0f-9d55-3b8a0c9b1e11");
        CopyRow row = row(CopyColumnType.TEXT, CopyColumnType.UUID, CopyColumnType.INT4, CopyColumnType.BOOL).header()
                .leading("ALPHA", batch);
        row.start(1).value(true).end();
        row.start(70_000).value(null).end();
        row.finish();
        List<List<byte[]>> rows = rows();
        assertEquals(2, rows.size());
        for (List<byte[]> fields : rows) {
            assertEquals(4, fields.size());
            assertArrayEquals("ALPHA".getBytes(StandardCharsets.US_ASCII), fields.get(0));
            assertArrayEquals(ByteBuffer.allocate(16).putLong(batch.getMostSignificantBits())
                    .putLong(batch.getLeastSignificantBits()).array(), fields.get(1));
        }
        assertEquals(1, ByteBuffer.wrap(rows.get(0).get(2)).getInt());
        assertArrayEquals(new byte[] {1}, rows.get(0).get(3));
        assertEquals(70_000, ByteBuffer.wrap(rows.get(1).get(2)).getInt());
        assertNull(rows.get(1).get(3), "null is a field of length -1");
    }

    @Test
    void aRowMustHaveEveryColumn() throws IOException {
        CopyRow row = row(CopyColumnType.INT4, CopyColumnType.TEXT).header();
        assertThrows(IllegalStateException.class, () -> row.start(1).end());
        CopyRow full = row(CopyColumnType.INT4).header();
        assertThrows(IllegalStateException.class, () -> full.start(1).value("one too many"));
    }

    @Test
    void numericsKeepTheirDigitsAndScale() throws IOException {
        assertArrayEquals(numeric(0, 0, 2, 3, 7000), only(new BigDecimal("3.70"), CopyColumnType.NUMERIC));
        assertArrayEquals(numeric(-1, 0, 2, 500), only(new BigDecimal("0.05"), CopyColumnType.NUMERIC));
        assertArrayEquals(numeric(1, 0, 1, 1, 2345, 6000), only(new BigDecimal("12345.6"), CopyColumnType.NUMERIC));
        assertArrayEquals(numeric(0, 0x4000, 3, 99, 9990), only(new BigDecimal("-99.999"), CopyColumnType.NUMERIC));
        assertArrayEquals(numeric(0, 0, 3), only(new BigDecimal("0.000"), CopyColumnType.NUMERIC), "zero: no digits");
        assertArrayEquals(numeric(0, 0, 0, 100), only(new BigDecimal("1E+2"), CopyColumnType.NUMERIC));
        assertArrayEquals(numeric(1, 0, 0, 1), only(10_000L, CopyColumnType.NUMERIC), "trailing zero digits left out");
        assertArrayEquals(numeric(-2, 0, 6, 100), only(new BigDecimal("0.000001"), CopyColumnType.NUMERIC));
        assertArrayEquals(numeric(0, 0, 1, 62, 4000), only(62.4d, CopyColumnType.NUMERIC), "a double by its digits");
        // more than 18 digits: the same form, computed with BigInteger
        assertArrayEquals(numeric(5, 0, 4, 12, 3456, 7890, 1234, 5678, 9012, 3456),
                only(new BigDecimal("1234567890123456789012.3456"), CopyColumnType.NUMERIC));
    }

    @Test
    void timestampsAreMicrosecondsSince2000RoundedHalfToEven() {
        assertEquals(0, CopyRow.postgresMicros(Instant.parse("2000-01-01T00:00:00Z")));
        assertEquals(-1, CopyRow.postgresMicros(Instant.parse("1999-12-31T23:59:59.999999Z")));
        Instant july = OffsetDateTime.parse("2026-07-01T08:30:00+07:00").toInstant();
        long base = (july.getEpochSecond() - 946_684_800L) * 1_000_000L;
        assertEquals(base, CopyRow.postgresMicros(july));
        assertEquals(base + 1, CopyRow.postgresMicros(july.plusNanos(1_499)));
        assertEquals(base + 2, CopyRow.postgresMicros(july.plusNanos(1_500)), "half to even: up to 2");
        assertEquals(base + 2, CopyRow.postgresMicros(july.plusNanos(2_500)), "half to even: stays at 2");
        assertEquals(base + 3, CopyRow.postgresMicros(july.plusNanos(2_501)));
    }

    @Test
    void integersTakeTheColumnsWidthAndMustFit() throws IOException {
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xF9}, only(-7, CopyColumnType.INT2));
        assertArrayEquals(ByteBuffer.allocate(8).putLong(42).array(), only(42, CopyColumnType.INT8));
        assertArrayEquals(ByteBuffer.allocate(4).putInt(5).array(), only(new BigDecimal("5.00"), CopyColumnType.INT4));
        assertThrows(IllegalArgumentException.class, () -> only(40_000, CopyColumnType.INT2));
        assertThrows(ArithmeticException.class, () -> only(new BigDecimal("5.5"), CopyColumnType.INT4));
        assertArrayEquals(ByteBuffer.allocate(8).putDouble(2.5).array(), only(2.5d, CopyColumnType.FLOAT8));
    }

    @Test
    void textIsUtf8WithoutEscapes() throws IOException {
        assertArrayEquals("a\\b\tc\nd".getBytes(StandardCharsets.UTF_8), only("a\\b\tc\nd", CopyColumnType.TEXT));
        assertArrayEquals("Hà Nội 😀".getBytes(StandardCharsets.UTF_8), only("Hà Nội 😀", CopyColumnType.TEXT));
        assertArrayEquals("x?y".getBytes(StandardCharsets.UTF_8), only("x\ud800y", CopyColumnType.TEXT),
                "a lone surrogate as '?', as Java's encoder writes it");
        assertArrayEquals(new byte[0], only("", CopyColumnType.TEXT), "an empty string is not null");
        assertArrayEquals("OFF_NET".getBytes(StandardCharsets.US_ASCII), only(Sample.OFF_NET, CopyColumnType.TEXT),
                "an enum by name");
        String longer = String.join("", Collections.nCopies(100, "abcdefgh"));
        assertArrayEquals(longer.getBytes(StandardCharsets.US_ASCII), only(longer, CopyColumnType.TEXT),
                "longer than the buffer");
    }

    enum Sample { OFF_NET }

    @Test
    void listsAreOneDimensionalArraysOfTheColumnsElementType() throws IOException {
        ByteBuffer expected = ByteBuffer.allocate(20 + 8 + 4 + 2);
        expected.putInt(1).putInt(0).putInt(25).putInt(2).putInt(1).putInt(4).put("ECHO".getBytes(StandardCharsets.US_ASCII))
                .putInt(2).put("P2".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(expected.array(), only(List.of("ECHO", "P2"), CopyColumnType.TEXT_ARRAY));
        assertArrayEquals(ByteBuffer.allocate(12).putInt(0).putInt(0).putInt(1043).array(),
                only(List.of(), CopyColumnType.VARCHAR_ARRAY), "empty: no dimensions");
    }

    @Test
    void aValueOfAnotherKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> only(new StringBuilder("x"), CopyColumnType.TEXT));
        assertThrows(IllegalArgumentException.class, () -> only("true", CopyColumnType.BOOL));
        assertThrows(IllegalArgumentException.class, () -> only(1, CopyColumnType.TIMESTAMPTZ));
        assertThrows(IllegalArgumentException.class, () -> only(Double.NaN, CopyColumnType.NUMERIC));
        assertThrows(IllegalArgumentException.class, () -> only("x", CopyColumnType.TEXT_ARRAY));
    }

    @Test
    void methodsChain() throws IOException {
        CopyRow row = row(CopyColumnType.INT4, CopyColumnType.TEXT);
        assertSame(row, row.header());
        assertSame(row, row.start(1));
        assertSame(row, row.value("a"));
    }
}

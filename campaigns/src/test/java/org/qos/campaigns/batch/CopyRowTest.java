package org.qos.campaigns.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CopyRowTest {

    private StringWriter out;
    private CopyRow row;

    @BeforeEach
    void setUp() {
        out = new StringWriter();
        row = new CopyRow(out);
    }

    @Test
    void escapesBackslashTabNewlineAndCarriageReturn() throws IOException {
        row.text("a\\b\tc\nd\re").end();
        assertEquals("a\\\\b\\tc\\nd\\re\n", out.toString());
    }

    @Test
    void leavesOtherCharactersAlone() throws IOException {
        row.text("Hà Nội, \"quoted\" {x} 'y' ;").text("").end();
        assertEquals("Hà Nội, \"quoted\" {x} 'y' ;\t\n", out.toString(), "an empty string is not null");
    }

    @Test
    void literalBackslashNIsNotNull() throws IOException {
        row.text("\\N").nul().end();
        assertEquals("\\\\N\t\\N\n", out.toString());
    }

    @Test
    void nullsOfEveryType() throws IOException {
        row.nul().text(null).uuid(null).number((BigDecimal) null).number((Long) null).bool(null).timestamp(null)
                .codes(null).end();
        assertEquals(String.join("\t", java.util.Collections.nCopies(8, "\\N")) + "\n", out.toString());
    }

    @Test
    void cellsAreTabSeparatedAndRowsNewlineTerminated() throws IOException {
        UUID id = UUID.fromString("0b4f8a36-4c1e-4a0f-9d55-3b8a0c9b1e11");
        row.uuid(id).number(17L).number(Long.valueOf(-3)).number(new BigDecimal("1E+3")).number(new BigDecimal("3.50")).end();
        row.text("second").end();
        assertEquals(id + "\t17\t-3\t1000\t3.50\nsecond\n", out.toString());
    }

    @Test
    void booleansAreTAndF() throws IOException {
        row.bool(true).bool(false).bool(Boolean.TRUE).end();
        assertEquals("t\tf\tt\n", out.toString());
    }

    @Test
    void timestampKeepsItsOffset() throws IOException {
        row.timestamp(OffsetDateTime.parse("2026-07-01T08:30:00+07:00"))
                .timestamp(OffsetDateTime.parse("0001-01-02T00:00:05.000001Z"))
                .timestamp(OffsetDateTime.parse("9999-12-31T23:59:59.123456789-09:30"))
                .timestamp(OffsetDateTime.parse("2026-07-01T08:30:00+05:45:30")).end();
        assertEquals("2026-07-01T08:30:00+07:00\t0001-01-02T00:00:05.000001+00:00\t9999-12-31T23:59:59.123456789-09:30"
                + "\t2026-07-01T08:30+05:45:30\n", out.toString(), "an offset with seconds as OffsetDateTime writes it");
    }

    @Test
    void rowNumbersAreWrittenDigitByDigit() throws IOException {
        row.number(0).number(7).number(1_000_000).number(-42).number(Long.MAX_VALUE).number(Long.MIN_VALUE).end();
        assertEquals("0\t7\t1000000\t-42\t9223372036854775807\t-9223372036854775808\n", out.toString());
    }

    @Test
    void codesBecomeATextArray() throws IOException {
        row.codes(List.of("ECHO", "CALL_FAILED", "P2")).codes(List.of()).codes(List.of("X")).end();
        assertEquals("{ECHO,CALL_FAILED,P2}\t{}\t{X}\n", out.toString());
    }

    @Test
    void codesThatWouldNeedQuotingAreRefused() {
        for (String bad : Arrays.asList("A B", "A,B", "A\"", "{A}", "A\\B", "", "Ä")) {
            assertThrows(IllegalArgumentException.class, () -> new CopyRow(new StringWriter()).codes(List.of(bad)), bad);
        }
    }

    @Test
    void methodsChain() throws IOException {
        assertSame(row, row.text("a"));
        assertSame(row, row.nul());
        assertSame(row, row.codes(List.of("A")));
    }
}

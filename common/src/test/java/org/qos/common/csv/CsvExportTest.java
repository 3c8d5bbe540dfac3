package org.qos.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void cellsASpreadsheetWouldEvaluateAreShownAsText() {
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", CsvExport.neutralize("=HYPERLINK(\"http://evil\",\"x\")"));
        assertEquals("'@SUM(A1:A2)", CsvExport.neutralize("@SUM(A1:A2)"));
        assertEquals("'\t=1", CsvExport.neutralize("\t=1"));
        assertEquals("'\rx", CsvExport.neutralize("\rx"));
        assertEquals("'+cmd|' /C calc'!A0", CsvExport.neutralize("+cmd|' /C calc'!A0"));
        assertEquals("'-A1", CsvExport.neutralize("-A1"));
        assertEquals("'-", CsvExport.neutralize("-"));
        assertEquals("'+", CsvExport.neutralize("+"));
        // starts like a number, but is a formula
        assertEquals("'-1+cmd|' /C calc'!A0", CsvExport.neutralize("-1+cmd|' /C calc'!A0"));
        assertEquals("'+1=1", CsvExport.neutralize("+1=1"));
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertEquals("+84912345678", CsvExport.neutralize("+84912345678"));
        assertEquals("+84 912 345 678", CsvExport.neutralize("+84 912 345 678"));
        assertEquals("-1600", CsvExport.neutralize("-1600"));
        assertEquals("-0.25", CsvExport.neutralize("-0.25"));
        assertEquals("0912 345 678", CsvExport.neutralize("0912 345 678"));
        assertEquals("CDR-000001", CsvExport.neutralize("CDR-000001"));
        assertEquals("a=b", CsvExport.neutralize("a=b"));
        assertEquals("", CsvExport.neutralize(""));
        assertNull(CsvExport.neutralize(null));
    }

    @Test
    void rowsAreRfc4180WithTheHeaderFirstAndNullsEmpty() {
        StringBuilder out = new StringBuilder();
        try (CsvExport csv = CsvExport.to(out, List.of("id", "callee", "charge"))) {
            csv.row("R1", "=HYPERLINK(\"x\")", -1600).row("R2", null, "+84912345678");
        }
        assertEquals("id,callee,charge\r\nR1,\"'=HYPERLINK(\"\"x\"\")\",-1600\r\nR2,,+84912345678\r\n", out.toString());
    }
}

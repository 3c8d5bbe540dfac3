package org.qos.common.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the suite emits (RFC 4180, through commons-csv), with the cells a spreadsheet would evaluate as a formula
 * neutralized (CSV injection, OWASP): a cell that starts with {@code =}, {@code @}, a tab or a carriage return, or
 * with {@code +} or {@code -} and is not a plain number, is prefixed with an apostrophe, so that the spreadsheet shows
 * it as text. Plain numbers keep their sign ({@code +84912345678}, {@code -1600}, {@code -0.25}); a cell that only
 * starts like one ({@code -1+cmd|' /C calc'!A0}) is neutralized as well.
 */
public final class CsvExport implements Closeable {

    /** The prefix that makes a spreadsheet show a cell as text. */
    public static final char PREFIX = '\'';

    /** A signed plain number: digits (spaces between groups allowed, as in phone numbers), one optional fraction. */
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-][0-9][0-9 ]*(\\.[0-9]+)?");

    private final CSVPrinter printer;

    private CsvExport(Appendable out, List<String> header) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV written to {@code out}, its header row first (header names are the suite's own, written as they are). */
    public static CsvExport to(Appendable out, List<String> header) {
        return new CsvExport(out, header);
    }

    /** One row; each cell's text ({@code toString()}, null is an empty cell) is {@link #neutralize neutralized}. */
    public CsvExport row(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] == null ? null : neutralize(cells[i].toString());
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The cell as a spreadsheet must show it: as text when it would otherwise be evaluated. */
    public static String neutralize(String cell) {
        return cell == null || !evaluated(cell) ? cell : PREFIX + cell;
    }

    /** Whether a spreadsheet would evaluate the cell (a formula, a DDE call) rather than show it. */
    public static boolean evaluated(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        return switch (cell.charAt(0)) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !SIGNED_NUMBER.matcher(cell).matches();
            default -> false;
        };
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

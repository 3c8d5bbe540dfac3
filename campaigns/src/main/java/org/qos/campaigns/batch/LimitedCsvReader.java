package org.qos.campaigns.batch;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Passes CSV text on while counting, as RFC 4180 reads it (quotes open only at the start of a cell; {@code ""} inside
 * quotes is a quote; CR or LF outside quotes ends a record), the cells of the current record, its characters and
 * those of the current cell. A bound of {@link InputLimits} exceeded fails the read with an
 * {@link InputLimitException} before the parser has buffered the offending record, so a header of millions of columns
 * or a line of gigabytes is refused after its first few kilobytes. Each bound exceeded, and text that is not UTF-8 (from
 * a {@link StrictUtf8Reader} below), names the row in which it happened.
 */
final class LimitedCsvReader extends FilterReader {

    private enum State { CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final int maxColumns;
    private final int maxLine;
    private final int maxField;
    private State state = State.CELL_START;
    private int columns = 1;
    private int lineChars;
    private int fieldChars;
    private int record; // 0: the header

    LimitedCsvReader(Reader in, int maxColumns, int maxLine, int maxField) {
        super(in);
        this.maxColumns = maxColumns;
        this.maxLine = maxLine;
        this.maxField = maxField;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(where(), row());
        }
        for (int i = offset; i < offset + n; i++) {
            scan(buffer[i]);
        }
        return n;
    }

    private void scan(char c) throws InputLimitException {
        switch (state) {
            case CELL_START, UNQUOTED -> {
                if (c == ',') {
                    nextCell();
                } else if (c == '\n' || c == '\r') {
                    nextRecord();
                    return;
                } else if (c == '"' && state == State.CELL_START) {
                    state = State.QUOTED;
                } else {
                    state = State.UNQUOTED;
                    fieldChars++;
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    fieldChars++;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    fieldChars++;
                } else if (c == ',') {
                    nextCell();
                } else if (c == '\n' || c == '\r') {
                    nextRecord();
                    return;
                } else {
                    state = State.UNQUOTED; // malformed: the parser names it
                    fieldChars++;
                }
            }
        }
        lineChars++;
        if (fieldChars > maxField) {
            throw new InputLimitException(where(), "a CSV cell has at most " + maxField + " characters", columns - 1,
                    row());
        }
        if (lineChars > maxLine) {
            throw new InputLimitException(where(), "a CSV line has at most " + maxLine + " characters", columns - 1,
                    row());
        }
    }

    private void nextCell() throws InputLimitException {
        state = State.CELL_START;
        fieldChars = 0;
        if (++columns > maxColumns) {
            throw new InputLimitException(where(), "a CSV " + (record == 0 ? "header" : "row") + " has at most "
                    + maxColumns + " columns", -1, row());
        }
    }

    private void nextRecord() {
        if (lineChars > 0 || columns > 1) {
            record++;
        }
        state = State.CELL_START;
        columns = 1;
        lineChars = 0;
        fieldChars = 0;
    }

    private String where() {
        return record == 0 ? "(header)" : "(row)";
    }

    /**
     * The row being scanned (1 the first after the header; null: the header). The parser reads ahead, so only this
     * reader knows the row in which a bound was exceeded or a byte was not UTF-8.
     */
    private Integer row() {
        return record == 0 ? null : record;
    }

    /** The CSV is not UTF-8 text (the reader below failed to decode it) at {@code row}. */
    static final class NotUtf8Exception extends IOException {

        private final String field;
        private final Integer row;

        NotUtf8Exception(String field, Integer row) {
            super("not UTF-8 text: a byte here is not UTF-8 (a file saved in another encoding?); send the CSV as"
                    + " UTF-8 (in a spreadsheet: save as \"CSV UTF-8\")", null);
            this.field = field;
            this.row = row;
        }

        String field() {
            return field;
        }

        Integer row() {
            return row;
        }
    }
}

package org.qos.campaigns.batch;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes CSV text on while counting, as RFC 4180 reads it (quotes open only at the start of a cell; {@code ""} inside
 * quotes is a quote; CR or LF outside quotes ends a record), the cells of the current record, its characters and
 * those of the current cell. A bound of {@link InputLimits} exceeded fails the read with an
 * {@link InputLimitException} before the parser has buffered the offending record, so a header of millions of columns
 * or a line of gigabytes is refused after its first few kilobytes.
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
        int c = in.read();
        if (c >= 0) {
            scan((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
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
            throw new InputLimitException(where(), "a CSV cell has at most " + maxField + " characters", columns - 1);
        }
        if (lineChars > maxLine) {
            throw new InputLimitException(where(), "a CSV line has at most " + maxLine + " characters", columns - 1);
        }
    }

    private void nextCell() throws InputLimitException {
        state = State.CELL_START;
        fieldChars = 0;
        if (++columns > maxColumns) {
            throw new InputLimitException(where(), "a CSV " + (record == 0 ? "header" : "row") + " has at most "
                    + maxColumns + " columns");
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
}

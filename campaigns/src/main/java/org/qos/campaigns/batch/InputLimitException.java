package org.qos.campaigns.batch;

import java.io.IOException;
import java.util.List;

/**
 * A bound of {@link InputLimits} exceeded while a body streams: the batch is refused at once (400, problem type
 * {@code limit-exceeded}), without reading or keeping the offending part.
 *
 * @see InputLimits
 */
public final class InputLimitException extends IOException {

    private final String field;
    private final int column;
    private final Integer row;

    /**
     * @param field   the field (or {@code (header)}, {@code (row)}) where the bound was exceeded
     * @param message what the bound is, e.g. "a CSV record has at most 100 columns"
     */
    public InputLimitException(String field, String message) {
        this(field, message, -1, null);
    }

    /**
     * @param column the 0-based CSV column where the bound was exceeded, or -1
     * @param row    the row where it was exceeded (1 the first), or null: the header, or not known here
     */
    public InputLimitException(String field, String message, int column, Integer row) {
        super(message, null);
        this.field = field;
        this.column = column;
        this.row = row;
    }

    public String field() {
        return field;
    }

    /** The row where the bound was exceeded, when the thrower knew it; else null. */
    Integer row() {
        return row;
    }

    /** The field, named by the CSV header when the bound was exceeded in one of its columns. */
    String field(List<String> header) {
        return column >= 0 && header != null && column < header.size() ? header.get(column).trim() : field;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // an input error, not a fault: no stack trace to capture
    }
}

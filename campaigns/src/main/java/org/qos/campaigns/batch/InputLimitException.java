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

    /**
     * @param field   the field (or {@code (header)}, {@code (row)}) where the bound was exceeded
     * @param message what the bound is, e.g. "a CSV record has at most 100 columns"
     */
    public InputLimitException(String field, String message) {
        this(field, message, -1);
    }

    /** @param column the 0-based CSV column where the bound was exceeded, or -1 */
    public InputLimitException(String field, String message, int column) {
        super(message, null);
        this.field = field;
        this.column = column;
    }

    public String field() {
        return field;
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

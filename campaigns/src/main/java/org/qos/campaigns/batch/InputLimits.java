package org.qos.campaigns.batch;

/**
 * The bounds of one batch body, checked while it streams, so that no input holds more than one bounded row in memory:
 * a CSV record (the header included) has at most {@link #MAX_COLUMNS} cells and {@link #MAX_LINE_CHARS} characters,
 * a cell at most {@link #MAX_FIELD_CHARS}; a JSON row at most {@link #MAX_KEYS} keys, a key at most
 * {@link #MAX_NAME_CHARS} characters, a string at most {@link #MAX_FIELD_CHARS}, an array value at most
 * {@link #MAX_ITEMS} items, and values nest at most {@link #MAX_DEPTH} deep. Every row schema has far fewer fields
 * (at most a dozen) and far shorter values (at most a few hundred characters): the bounds only stop hostile input.
 */
public final class InputLimits {

    public static final int MAX_COLUMNS = 100;
    public static final int MAX_KEYS = 100;
    public static final int MAX_LINE_CHARS = 65_536;
    public static final int MAX_FIELD_CHARS = 16_384;
    public static final int MAX_NAME_CHARS = 256;
    public static final int MAX_ITEMS = 100;
    public static final int MAX_DEPTH = 16;

    private InputLimits() {
    }
}

package org.qos.campaigns.family;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/** A body made as it is read: a head, {@code count} units, a tail; never held whole (millions of columns or keys). */
final class GeneratedBody extends InputStream {

    private final String head;
    private final IntFunction<String> unit;
    private final int count;
    private final String tail;
    private int next = -1;
    private byte[] current = new byte[0];
    private int position;

    GeneratedBody(String head, IntFunction<String> unit, int count, String tail) {
        this.head = head;
        this.unit = unit;
        this.count = count;
        this.tail = tail;
    }

    @Override
    public int read() {
        if (position == current.length && !advance()) {
            return -1;
        }
        return current[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int written = 0;
        while (written < length) {
            if (position == current.length && !advance()) {
                return written == 0 ? -1 : written;
            }
            int n = Math.min(length - written, current.length - position);
            System.arraycopy(current, position, buffer, offset + written, n);
            position += n;
            written += n;
        }
        return written;
    }

    private boolean advance() {
        if (next > count) {
            return false;
        }
        String text;
        if (next == -1) {
            text = head;
        } else if (next < count) {
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 1000 && next < count; i++, next++) {
                many.append(unit.apply(next));
            }
            next--;
            text = many.toString();
        } else {
            text = tail;
        }
        next++;
        current = text.getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }
}

package org.qos.campaigns.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer onto a byte stream for the ingestion's COPY text, in place of a {@code BufferedWriter} over
 * an {@code OutputStreamWriter}: characters are encoded straight into one byte buffer (ASCII, nearly all of a batch,
 * one byte each), without the charset encoder's intermediate buffers. Encodes as {@code OutputStreamWriter} does: a
 * surrogate pair as four bytes, a lone surrogate as {@code '?'}. Not thread-safe; one batch's writer.
 */
final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] buffer;
    private int used;
    /** A high surrogate written last, waiting for its low half; 0 when none. */
    private char pendingHigh;

    Utf8Writer(OutputStream out, int bufferSize) {
        this.out = out;
        this.buffer = new byte[Math.max(bufferSize, 16)];
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            putFast(text.charAt(i));
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            putFast(chars[i]);
        }
    }

    /** One char: ASCII straight into the buffer (the common case), anything else through {@link #put}. */
    private void putFast(char c) throws IOException {
        if (c < 0x80 && pendingHigh == 0) {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (byte) c;
        } else {
            put(c);
        }
    }

    private void put(char c) throws IOException {
        if (buffer.length - used < 4) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                buffer[used++] = (byte) (0xF0 | (codePoint >> 18));
                buffer[used++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                buffer[used++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                buffer[used++] = (byte) (0x80 | (codePoint & 0x3F));
                return;
            }
            buffer[used++] = '?'; // a high surrogate without its low half
            put(c);
            return;
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | (c >> 6));
            buffer[used++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?'; // a low surrogate alone
        } else {
            buffer[used++] = (byte) (0xE0 | (c >> 12));
            buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buffer[used++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    /** Writes what is buffered (a high surrogate still waiting for its low half stays). */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Writes what is buffered, a lone high surrogate as {@code '?'}; does not close the stream. */
    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = '?';
        }
        flush();
    }
}

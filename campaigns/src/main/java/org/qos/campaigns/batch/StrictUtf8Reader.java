package org.qos.campaigns.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * UTF-8 text of a byte stream, decoded strictly: a byte sequence that is not UTF-8 (a file saved in another encoding,
 * such as Windows-1258 or Latin-1) fails the read with a {@link CharacterCodingException} instead of becoming U+FFFD,
 * so that text is never stored other than it was sent. Unlike {@link java.io.InputStreamReader}, every character
 * before the bad sequence is returned first and the exception comes with the next read, so that a reader counting what
 * passes through it knows the row the bad sequence stands in.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CoderResult error;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (error != null) {
                error.throwException();
            }
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                error = result; // thrown now if nothing was decoded before it, else at the next read
            } else if (result.isUnderflow() && endOfInput) {
                flushed = !decoder.flush(out).isOverflow();
            } else if (result.isUnderflow() && out.position() == offset) {
                fill();
            }
        }
        return out.position() - offset;
    }

    /** More bytes after the undecoded rest (at most the first bytes of one character). */
    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

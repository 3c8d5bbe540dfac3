package org.qos.campaigns.upload;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A body received whole before anything is stored: in memory when small, else in a temporary file that
 * {@link #close()} deletes. Its SHA-256 and size are known, so that a resent upload is recognised without reading it
 * again.
 */
public final class ReceivedBody implements AutoCloseable {

    private final byte[] memory;
    private final int memoryLength;
    private final Path file;
    private final long size;
    private final String sha256;

    ReceivedBody(byte[] memory, int memoryLength, Path file, long size, String sha256) {
        this.memory = memory;
        this.memoryLength = memoryLength;
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    /** The body from its first byte (each call a new stream). */
    public InputStream open() throws IOException {
        return file == null ? new ByteArrayInputStream(memory, 0, memoryLength)
                : new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    public long size() {
        return size;
    }

    /** Hex SHA-256 of the body. */
    public String sha256() {
        return sha256;
    }

    /** Whether the body was kept in a temporary file (rather than in memory). */
    public boolean spooled() {
        return file != null;
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}

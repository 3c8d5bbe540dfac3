package org.qos.campaigns.upload;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.qos.campaigns.batch.BatchUpload;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.security.Caller;

/**
 * How every upload is received, before anything is stored, written once for every family: its headers are checked
 * (an {@code Idempotency-Key} of at most 255 characters, no control characters: 400 before the body is read); it is
 * admitted (uploads in progress are capped per operator, 429, and per service, 503, both with {@code Retry-After},
 * counted from here until the upload is answered, dry runs included); then its body is received whole (in memory when
 * small, else in a temporary file, always deleted afterwards), with its SHA-256, under a size limit (413) and a
 * deadline (a pause longer than the idle timeout, or a body longer than the body timeout to arrive: 408), while no
 * database connection, lock or transaction is held. Only then is it handed on to be checked against its campaign and
 * stored, in one short transaction.
 */
public final class UploadReception {

    /** The longest {@code Idempotency-Key} (the batch logs' column). */
    public static final int MAX_IDEMPOTENCY_KEY = 255;

    private static final int BUFFER = 1 << 16;
    private static final long TICK_MILLIS = 200;

    /** One thread for every upload's deadline: it only wakes a reader that waits too long. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "qos-upload-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final UploadAdmission admission;
    private final long maxBodySize;
    private final long idleNanos;
    private final long bodyNanos;
    private final int memoryThreshold;
    private final Path spoolDirectory;
    private final Duration idleTimeout;
    private final Duration bodyTimeout;

    public UploadReception(UploadLimits limits, long maxBodySize) {
        this.admission = new UploadAdmission(limits.maxPerOperator(), limits.maxPerService(), limits.reservedPlaces(),
                limits.retryAfterSeconds());
        this.maxBodySize = maxBodySize;
        this.idleTimeout = limits.idleTimeout();
        this.bodyTimeout = limits.bodyTimeout();
        this.idleNanos = limits.idleTimeout().toNanos();
        this.bodyNanos = limits.bodyTimeout().toNanos();
        this.memoryThreshold = (int) Math.min(Integer.MAX_VALUE - 16, limits.memoryThreshold().asLongValue());
        this.spoolDirectory = limits.spoolDirectory().map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Receives {@code upload} for {@code caller} as above, then gives {@code store} the same upload with the received
     * body (and its SHA-256); answers what {@code store} answers. The caller's place is given back, and the body's
     * temporary file deleted, whatever happens.
     */
    public <R> R receive(Caller caller, BatchUpload upload, Function<BatchUpload, R> store) {
        checkIdempotencyKey(upload.idempotencyKey());
        try (UploadAdmission.Permit permit = admission.admit(tenant(caller));
                ReceivedBody body = receive(upload.body());
                InputStream received = body.open()) {
            return store.apply(new BatchUpload(upload.format(), received, upload.dryRun(), upload.idempotencyKey(),
                    body.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the received body failed: " + e.getMessage(), e);
        }
    }

    /** Uploads being received or stored right now. */
    public int inProgress() {
        return admission.inProgress();
    }

    /** 400 naming the header: longer than the batch logs keep, or with control characters. */
    public static void checkIdempotencyKey(String key) {
        if (key == null) {
            return;
        }
        String problem = null;
        if (key.length() > MAX_IDEMPOTENCY_KEY) {
            problem = "must have at most " + MAX_IDEMPOTENCY_KEY + " characters, has " + key.length();
        } else if (key.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            problem = "must not contain control characters";
        }
        if (problem != null) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "Idempotency-Key " + problem
                    + "; the body was not read", List.of(FieldError.of("Idempotency-Key", problem)));
        }
    }

    private static String tenant(Caller caller) {
        return caller.regulator() ? "The regulator" : "Operator " + caller.operatorId();
    }

    /** Reads the whole body under the deadline and the size limit. */
    ReceivedBody receive(InputStream in) throws IOException {
        Deadline deadline = new Deadline(Thread.currentThread());
        ScheduledFuture<?> watch = WATCHDOG.scheduleAtFixedRate(deadline::check, TICK_MILLIS, TICK_MILLIS,
                TimeUnit.MILLISECONDS);
        MessageDigest digest = sha256();
        byte[] memory = new byte[Math.min(BUFFER, memoryThreshold)];
        int inMemory = 0;
        long size = 0;
        Path file = null;
        OutputStream spool = null;
        byte[] buffer = new byte[BUFFER];
        boolean complete = false;
        try {
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    deadline.finish();
                    if (deadline.expired != null) {
                        throw timeout(deadline.expired);
                    }
                    throw new ProblemException(ProblemType.MALFORMED_BODY, "The body could not be read: " + e.getMessage());
                }
                String expired = deadline.progress();
                if (expired != null) {
                    throw timeout(expired);
                }
                if (n < 0) {
                    break;
                }
                size += n;
                if (size > maxBodySize) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The body exceeds the limit of "
                            + maxBodySize + " bytes").withHeader("Connection", "close");
                }
                digest.update(buffer, 0, n);
                if (spool == null && inMemory + n <= memoryThreshold) {
                    if (inMemory + n > memory.length) {
                        memory = Arrays.copyOf(memory, (int) Math.min(memoryThreshold,
                                Math.max((long) memory.length * 2, inMemory + n)));
                    }
                    System.arraycopy(buffer, 0, memory, inMemory, n);
                    inMemory += n;
                    continue;
                }
                if (spool == null) {
                    file = Files.createTempFile(spoolDirectory, "qos-upload-", ".body");
                    spool = new FileOutputStream(file.toFile());
                    spool.write(memory, 0, inMemory);
                    memory = null;
                    inMemory = 0;
                }
                spool.write(buffer, 0, n);
            }
            if (spool != null) {
                spool.close();
                spool = null;
            }
            complete = true;
            return new ReceivedBody(memory, inMemory, file, size, HexFormat.of().formatHex(digest.digest()));
        } finally {
            watch.cancel(false);
            deadline.finish();
            if (spool != null) {
                spool.close();
            }
            if (!complete && file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    private ProblemException timeout(String what) {
        return new ProblemException(ProblemType.REQUEST_TIMEOUT, what + "; nothing was stored")
                .withHeader("Connection", "close");
    }

    /**
     * The body's deadline: the watchdog interrupts the reader when no byte has come for the idle timeout, or the
     * body has taken longer than the body timeout; the reader, told so, answers 408.
     */
    private final class Deadline {
        private final Thread reader;
        private final long start = System.nanoTime();
        private long lastProgress = start;
        private boolean finished;
        volatile String expired;

        Deadline(Thread reader) {
            this.reader = reader;
        }

        /** Bytes (or the end) arrived: gives the reason to stop when a bound has passed, else null. */
        synchronized String progress() {
            long now = System.nanoTime();
            lastProgress = now;
            if (expired == null && now - start > bodyNanos) {
                expired = tooLong();
            }
            return expired;
        }

        synchronized void check() {
            if (finished || expired != null) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastProgress > idleNanos) {
                expired = "No byte of the body arrived for " + idleTimeout.toSeconds() + " s (qos.upload.idle-timeout)";
            } else if (now - start > bodyNanos) {
                expired = tooLong();
            }
            if (expired != null) {
                reader.interrupt();
            }
        }

        private String tooLong() {
            return "The body did not arrive within " + bodyTimeout.toSeconds() + " s (qos.upload.body-timeout)";
        }

        /** The reader is done: no interrupt after this one, and a late one is cleared. */
        void finish() {
            synchronized (this) {
                finished = true;
            }
            Thread.interrupted();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.qos.campaigns.upload;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How uploads are received ({@code qos.upload.*}): how many at once, how long a body may take, where it is kept while
 * it arrives. The body's size limit is the HTTP layer's, {@code quarkus.http.limits.max-body-size}.
 */
@ConfigMapping(prefix = "qos.upload")
public interface UploadLimits {

    /** Uploads one operator (or the regulator) may have in progress at once; one more is 429. */
    @WithDefault("4")
    int maxPerOperator();

    /** Uploads the service receives and stores at once, of every operator; one more is 503. */
    @WithDefault("10")
    int maxPerService();

    /**
     * Places of the service kept for operators that have no upload in progress: an operator already uploading may
     * take a further place only while this many stay free (else 429). Fewer than {@link #maxPerService()}.
     */
    @WithDefault("2")
    int reservedPlaces();

    /** The Retry-After of a 429 or 503, in seconds. */
    @WithDefault("10")
    int retryAfterSeconds();

    /**
     * The longest pause between two arrivals of bytes of a body: longer is 408. Under the HTTP layer's own
     * {@code quarkus.http.read-timeout} (60 s), which would close the connection without an answer.
     */
    @WithDefault("20S")
    Duration idleTimeout();

    /** The longest a whole body may take to arrive: longer is 408. */
    @WithDefault("10M")
    Duration bodyTimeout();

    /** Bodies up to this size are kept in memory while they are stored; larger ones in a temporary file. */
    @WithDefault("1M")
    MemorySize memoryThreshold();

    /** Where the temporary files of bodies go (deleted when the upload ends); default: java.io.tmpdir. */
    Optional<String> spoolDirectory();
}

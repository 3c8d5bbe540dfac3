package org.qos.campaigns.batch;

import java.io.InputStream;

/**
 * What an upload request carries, as the resource received it: the body and its format, whether to store nothing
 * ({@code dryRun}), and the {@code Idempotency-Key} (null when absent or blank).
 */
public record BatchUpload(BodyFormat format, InputStream body, boolean dryRun, String idempotencyKey) {

    public BatchUpload {
        if (idempotencyKey != null && idempotencyKey.isBlank()) {
            idempotencyKey = null;
        }
    }
}

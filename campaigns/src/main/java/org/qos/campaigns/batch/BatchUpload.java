package org.qos.campaigns.batch;

import java.io.InputStream;

/**
 * What an upload request carries, as the resource received it: the body and its format, whether to store nothing
 * ({@code dryRun}), and the {@code Idempotency-Key} (null when absent or blank); once the body has been received whole
 * ({@link org.qos.campaigns.upload.UploadReception}), its SHA-256.
 *
 * @param bodySha256 hex SHA-256 of the body when it is known before it is read; null otherwise
 */
public record BatchUpload(BodyFormat format, InputStream body, boolean dryRun, String idempotencyKey,
        String bodySha256) {

    public BatchUpload {
        if (idempotencyKey != null && idempotencyKey.isBlank()) {
            idempotencyKey = null;
        }
    }

    /** An upload as the request carries it (its body not yet received). */
    public BatchUpload(BodyFormat format, InputStream body, boolean dryRun, String idempotencyKey) {
        this(format, body, dryRun, idempotencyKey, null);
    }
}

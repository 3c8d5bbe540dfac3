package org.qos.campaigns.batch;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored batch of a campaign: who sent it, when, how many rows, and the SHA-256 of the body as received. */
@Schema(description = "A stored batch of a campaign")
public record BatchRecord(
        UUID batchId,
        UUID campaignId,
        @Schema(example = "alpha") String uploadedBy,
        OffsetDateTime uploadedAt,
        @Schema(example = "1000") int rows,
        @Schema(example = "text/csv") String mediaType,
        @Schema(description = "Hex SHA-256 of the request body") String sha256,
        @Schema(nullable = true) String idempotencyKey) {
}

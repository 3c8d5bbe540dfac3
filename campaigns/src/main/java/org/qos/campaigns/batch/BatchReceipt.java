package org.qos.campaigns.batch;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an accepted batch. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An accepted batch", requiredProperties = "accepted", example = "{\"accepted\": 1000, \"batchId\": \"5b1c8a1e-8f3e-4a8e-9d7a-0c7e2f1b9a10\"}")
public record BatchReceipt(
        @Schema(description = "Rows stored (or, for a dry run, rows that would be stored)") int accepted,
        @Schema(description = "Id of the stored batch; absent for a dry run") UUID batchId,
        @Schema(description = "true when nothing was stored because the request asked for a dry run")
        Boolean dryRun) {
}

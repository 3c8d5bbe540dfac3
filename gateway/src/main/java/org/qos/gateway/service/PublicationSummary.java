package org.qos.gateway.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A publication in the public listing: its period and revision, when it was published, and each operator's overall
 * verdict.
 */
@Schema(description = "A published snapshot of scorecards, as listed",
        requiredProperties = {"id", "from", "to", "revision", "publishedAt", "operators"},
        example = """
                {"id": "5b0c1c55-6a0e-4b8f-a0a3-3d2f1d3c9a10", "from": "2026-04-01", "to": "2026-06-30",
                 "revision": 2, "supersedes": "0f6f1c2e-58d4-4a8e-9d47-2a1f4f3b7c21",
                 "reason": "BETA's drive test of Hanoi was uploaded late",
                 "publishedAt": "2026-07-15T09:00:00+07:00",
                 "operators": [{"operatorId": "ALPHA", "overall": "FAIL"}, {"operatorId": "BETA", "overall": "FAIL"}]}""")
@JsonPropertyOrder({"id", "from", "to", "revision", "supersedes", "reason", "supersededBy", "publishedAt", "operators"})
public record PublicationSummary(UUID id, LocalDate from, LocalDate to,
        @Schema(description = "The revision of the period's publication: 1 for the first, then 2, 3, ...",
                minimum = "1", example = "2") int revision,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The revision this one replaced; absent in revision 1") UUID supersedes,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Why the period was published again; absent in a revision 1 published without one",
                maxLength = 1000) String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The revision that replaced this one (listed with ?history=true); absent while current")
        UUID supersededBy,
        OffsetDateTime publishedAt,
        List<OperatorOverall> operators) {
}

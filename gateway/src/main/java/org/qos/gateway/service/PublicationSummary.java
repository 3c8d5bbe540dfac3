package org.qos.gateway.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A publication in the public listing: its period, when it was published, and each operator's overall verdict. */
@Schema(description = "A published snapshot of scorecards, as listed",
        example = """
                {"id": "5b0c1c55-6a0e-4b8f-a0a3-3d2f1d3c9a10", "from": "2026-04-01", "to": "2026-06-30",
                 "publishedAt": "2026-07-15T09:00:00+07:00",
                 "operators": [{"operatorId": "ALPHA", "overall": "FAIL"}, {"operatorId": "BETA", "overall": "FAIL"}]}""")
@JsonPropertyOrder({"id", "from", "to", "publishedAt", "operators"})
public record PublicationSummary(UUID id, LocalDate from, LocalDate to, OffsetDateTime publishedAt,
        List<OperatorOverall> operators) {
}

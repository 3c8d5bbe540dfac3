package org.qos.gateway.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A publication as published and served: the scorecards of every operator for a period, with the quality profile
 * they were computed under and the measurement methods used. Each result carries its own method and sample
 * (total, valid, excluded, required).
 */
@Schema(description = "An immutable snapshot of every operator's scorecard for a period",
        example = """
                {"id": "5b0c1c55-6a0e-4b8f-a0a3-3d2f1d3c9a10", "from": "2026-04-01", "to": "2026-06-30",
                 "publishedAt": "2026-07-15T09:00:00+07:00", "publishedBy": "regulator",
                 "profile": {"standard": "TCN 68-228:2004", "version": "1"},
                 "methods": {"voice": ["OBJECTIVE", "CUSTOMER_SURVEY"], "coverage": ["DRIVE_TEST"]},
                 "scorecards": []}""")
@JsonPropertyOrder({"id", "from", "to", "publishedAt", "publishedBy", "profile", "methods", "scorecards"})
public record PublicationDocument(
        UUID id,
        LocalDate from,
        LocalDate to,
        OffsetDateTime publishedAt,
        @Schema(description = "The regulator's user who published", example = "regulator") String publishedBy,
        Profile profile,
        @Schema(description = "By family, the measurement methods of the published results")
        Map<String, List<String>> methods,
        @Schema(description = "One scorecard per operator with a result in the period, by operator id")
        List<Scorecard> scorecards) {

    /** The quality profile the results were computed under. */
    public record Profile(@Schema(example = "TCN 68-228:2004") String standard, @Schema(example = "1") String version) {
    }
}

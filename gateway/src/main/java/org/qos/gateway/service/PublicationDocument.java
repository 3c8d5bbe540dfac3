package org.qos.gateway.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A publication as published and served: the scorecards of every operator for a period, with the quality profile
 * they were computed under and the measurement methods used. Each result carries its own method and sample
 * (total, valid, excluded, required). A period has one current publication: publishing it again makes the next
 * {@code revision}, which {@code supersedes} the previous one and gives its {@code reason}; the superseded one is then
 * served with {@code supersededBy} (which the stored snapshot never holds: it is learnt later).
 */
@Schema(description = "An immutable snapshot of every operator's scorecard for a period, one revision of the"
        + " period's publication",
        requiredProperties = {"id", "from", "to", "revision", "publishedAt", "publishedBy", "profile", "methods",
                "scorecards"},
        example = """
                {"id": "5b0c1c55-6a0e-4b8f-a0a3-3d2f1d3c9a10", "from": "2026-04-01", "to": "2026-06-30",
                 "revision": 2, "supersedes": "0f6f1c2e-58d4-4a8e-9d47-2a1f4f3b7c21",
                 "reason": "BETA's drive test of Hanoi was uploaded late",
                 "publishedAt": "2026-07-15T09:00:00+07:00", "publishedBy": "regulator",
                 "profile": {"standard": "TCN 68-228:2004", "version": "1"},
                 "methods": {"voice": ["OBJECTIVE", "CUSTOMER_SURVEY"], "coverage": ["DRIVE_TEST"]},
                 "scorecards": []}""")
@JsonPropertyOrder({"id", "from", "to", "revision", "supersedes", "reason", "publishedAt", "publishedBy", "profile",
        "methods", "scorecards", "supersededBy"})
public record PublicationDocument(
        UUID id,
        LocalDate from,
        LocalDate to,
        @Schema(description = "The revision of the period's publication: 1 for the first, then 2, 3, ...",
                minimum = "1", example = "2") int revision,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The revision this one replaced (the period's previous current publication); absent"
                + " in revision 1") UUID supersedes,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Why the period was published again (absent in a revision 1 published without one)",
                maxLength = 1000, example = "BETA's drive test of Hanoi was uploaded late") String reason,
        OffsetDateTime publishedAt,
        @Schema(description = "The regulator's user who published", example = "regulator") String publishedBy,
        Profile profile,
        @Schema(description = "By family, the measurement methods of the published results")
        Map<String, List<String>> methods,
        @Schema(description = "One scorecard per operator with a result in the period, by operator id")
        List<Scorecard> scorecards,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The revision that replaced this one, once the period was published again; absent"
                + " while this one is current") UUID supersededBy) {

    /**
     * The quality profile the results were computed under, with its KPIs' display names by language (absent in a
     * publication of before the profile named them).
     */
    @Schema(name = "PublicationProfile", requiredProperties = {"standard", "version"})
    public record Profile(@Schema(example = "TCN 68-228:2004") String standard, @Schema(example = "1") String version,
            @JsonInclude(JsonInclude.Include.NON_EMPTY)
            @Schema(description = "By KPI id, its display names by language code",
                    example = "{\"voice.quality\": {\"vi\": \"Chất lượng thoại\", \"en\": \"Voice quality\"}}")
            Map<String, Map<String, String>> kpiNames) {
    }
}

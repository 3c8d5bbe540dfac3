package org.qos.common.retention;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one retention purge did, as the regulator reads it in the family's purge log: which rows it removed and which
 * rows past their retention it kept because a campaign, an audit or a reporting period still needs them.
 */
@Schema(name = "PurgeRecord", description = "One retention purge: what it removed, and what it kept although past its"
        + " retention (rows of an open campaign, an unfinished audit or an unclosed period)")
public record PurgeRecord(
        @Schema(description = "The purge's number in this family's log (increasing)", example = "12") long id,
        @Schema(description = "When the purge ran", example = "2027-03-01T06:00:00+07:00") OffsetDateTime ranAt,
        @Schema(description = "The retention in force (ISO-8601 period, calendar terms in the profile's zone)",
                example = "P1Y") String retention,
        @Schema(description = "Rows dated before this instant had reached the end of their retention",
                example = "2026-03-01T06:00:00+07:00") OffsetDateTime cutoff,
        @Schema(description = "How many rows of each kind were removed", example = "{\"complaints\": 1200}")
        Map<String, Long> removed,
        @Schema(description = "How many rows of each kind were past their retention but kept, because an open"
                + " campaign, an unfinished audit or an unclosed period still needs them",
                example = "{\"complaints\": 40}") Map<String, Long> kept) {

    public PurgeRecord {
        removed = Map.copyOf(removed);
        kept = Map.copyOf(kept);
    }
}

package org.qos.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the regulator publishes: the scorecards of every operator for a period. */
@Schema(description = "The period to publish (inclusive dates)", example = "{\"from\": \"2026-04-01\", \"to\": \"2026-06-30\"}")
public record PublicationRequest(
        @Schema(description = "First date of the period (YYYY-MM-DD)", example = "2026-04-01", required = true) String from,
        @Schema(description = "Last date of the period (YYYY-MM-DD, inclusive)", example = "2026-06-30", required = true)
        String to) {
}

package org.qos.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the regulator publishes: the scorecards of every operator for a period, and, when the period has a
 * publication already, why it is published again.
 */
@Schema(description = "The period to publish (inclusive dates); a period published before needs a reason",
        example = "{\"from\": \"2026-04-01\", \"to\": \"2026-06-30\", \"reason\": \"BETA's drive test of Hanoi was uploaded late\"}")
public record PublicationRequest(
        @Schema(description = "First date of the period (YYYY-MM-DD)", example = "2026-04-01", required = true) String from,
        @Schema(description = "Last date of the period (YYYY-MM-DD, inclusive)", example = "2026-06-30", required = true)
        String to,
        @Schema(description = "Why the period is published again: required when it has a publication (the new one"
                + " is its next revision and supersedes it), optional for its first. Not blank, at most "
                + PublicationRequest.REASON_MAX_LENGTH + " characters, no NUL.", minLength = 1,
                maxLength = PublicationRequest.REASON_MAX_LENGTH, example = "BETA's drive test of Hanoi was uploaded late")
        String reason) {

    /** The longest reason, in characters. */
    public static final int REASON_MAX_LENGTH = 1000;
}

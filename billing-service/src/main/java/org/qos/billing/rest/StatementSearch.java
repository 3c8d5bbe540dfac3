package org.qos.billing.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a statement search asks for: the subscriber travels in the body, never in the URL (nor in access logs). */
@Schema(name = "StatementSearch", description = "A subscriber's itemized statement, asked for without the number in"
        + " the URL. Unknown fields are refused.", requiredProperties = {"subscriber", "from", "to"},
        additionalProperties = Schema.False.class, example = """
        {"subscriber": "0243 123 4567", "from": "2026-04-01", "to": "2026-06-30"}""")
public record StatementSearch(
        @Schema(description = "The subscriber's number (digits compare; personal data: never logged)",
                example = "0243 123 4567") String subscriber,
        @Schema(description = "First day, in the profile's time zone (+07:00)", example = "2026-04-01") LocalDate from,
        @Schema(description = "Last day, inclusive", example = "2026-06-30") LocalDate to,
        @Schema(description = "The regulator: narrows to one operator's audits; an operator: its own (another is 403)",
                example = "ALPHA") String operatorId) {
}

package org.qos.complaints.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The operator's customers as of a date. */
@Schema(description = "The operator's customers as of a date", example = """
        {"operatorId": "ALPHA", "asOf": "2026-09-30", "count": 120000}""")
public record SubscriberCountRequest(
        @Schema(example = "ALPHA", required = true) String operatorId,
        @Schema(example = "2026-09-30", required = true) LocalDate asOf,
        @Schema(description = "0 or more", example = "120000", required = true) Long count) {
}

package org.qos.complaints.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The operator's customers as of a date. */
@Schema(description = "The operator's customers as of a date", example = """
        {"operatorId": "ALPHA", "asOf": "2026-09-30", "count": 120000}""")
public record SubscriberCountRequest(
        @Schema(example = "ALPHA", required = true) String operatorId,
        @Schema(example = "2026-09-30", required = true) LocalDate asOf,
        @Schema(description = "The operator's customers: 1 or more, at most the service's ceiling"
                + " (qos.complaints.max-subscriber-count, default 1,000,000,000)", minimum = "1",
                maximum = "1000000000", example = "120000", required = true) Long count) {
}

package org.qos.complaints.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reporting period to close. */
@Schema(name = "ComplaintsPeriodRequest", description = "The reporting period of one operator to close: inclusive"
        + " calendar dates in the profile's time zone (+07:00), at most 366 days", example = """
        {"operatorId": "ALPHA", "from": "2026-07-01", "to": "2026-09-30"}""")
public record PeriodRequest(
        @Schema(example = "ALPHA", required = true) String operatorId,
        @Schema(description = "First date of the period", example = "2026-07-01", required = true) LocalDate from,
        @Schema(description = "Last date of the period (inclusive)", example = "2026-09-30", required = true)
        LocalDate to) {
}

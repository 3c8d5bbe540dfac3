package org.qos.complaints.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact with the complaining customer: the written answer, or a call-back. */
@Schema(description = "The written answer (written = true) or a call-back (written = false)", example = """
        {"respondedAt": "2026-07-02T16:00:00+07:00", "written": true,
         "summary": "Antenna in Ba Dinh re-aligned on 2026-07-02; apology letter sent"}""")
public record ResponseRequest(
        @Schema(description = "When the answer was sent (or the call-back made); not before the complaint, not more than the"
                + " allowed clock skew (qos.complaints.clock-skew, default 5 minutes) ahead of the server's clock; the server"
                + " records its own receipt time beside it",
                required = true, example = "2026-07-02T16:00:00+07:00") OffsetDateTime respondedAt,
        @Schema(description = "true: the written answer (answers the complaint, once); false: a call-back, stored as"
                + " a contact that does not answer the complaint", required = true, example = "true") Boolean written,
        @Schema(description = "What was answered; required for a written answer",
                example = "Antenna in Ba Dinh re-aligned on 2026-07-02; apology letter sent") String summary) {
}

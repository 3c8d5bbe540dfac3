package org.qos.complaints.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A support-line outage. */
@Schema(description = "A support-line outage, stored as sent", example = """
        {"operatorId": "ALPHA", "startedAt": "2026-07-10T02:00:00+07:00", "endedAt": "2026-07-10T02:45:00+07:00",
         "cause": "PBX restart"}""")
public record OutageRequest(
        @Schema(example = "ALPHA", required = true) String operatorId,
        @Schema(example = "2026-07-10T02:00:00+07:00", required = true) OffsetDateTime startedAt,
        @Schema(description = "After startedAt; an outage that has ended: neither date may lie in the future (beyond the"
                + " clock skew) nor before 1970", example = "2026-07-10T02:45:00+07:00", required = true)
        OffsetDateTime endedAt,
        @Schema(example = "PBX restart") String cause) {
}

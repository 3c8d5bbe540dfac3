package org.qos.complaints.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.complaints.domain.SupportOutage;

/** A stored support-line outage. */
@Schema(description = "A stored support-line outage")
public record OutageView(UUID id, @Schema(example = "ALPHA") String operatorId, OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        @Schema(description = "Why, as reported; null when none was given", example = "PBX restart", nullable = true)
        String cause, OffsetDateTime recordedAt,
        @Schema(example = "alpha") String recordedBy) {

    public static OutageView of(SupportOutage outage, ZoneOffset zone) {
        return new OutageView(outage.getId(), outage.getOperatorId(), outage.getStartedAt().atOffset(zone),
                outage.getEndedAt().atOffset(zone), outage.getCause(), outage.getRecordedAt().atOffset(zone),
                outage.getRecordedBy());
    }
}

package org.qos.complaints.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.complaints.domain.RecorderRole;
import org.qos.complaints.domain.SubscriberCount;

/** A stored subscriber count. */
@Schema(description = "A stored subscriber count; the latest asOf on or before a period's end is in force, and for"
        + " one asOf the regulator's count stands over the operator's, whatever the order they were recorded in")
public record SubscriberCountView(UUID id, @Schema(example = "ALPHA") String operatorId, LocalDate asOf,
        @Schema(example = "120000") long count,
        @Schema(description = "The server's receipt time") OffsetDateTime recordedAt,
        @Schema(example = "alpha") String recordedBy,
        @Schema(description = "In which role it was recorded: the regulator's count for an asOf takes precedence over"
                + " the operator's; counts recorded before this field existed are OPERATOR", example = "OPERATOR")
        RecorderRole recordedByRole) {

    public static SubscriberCountView of(SubscriberCount count, ZoneOffset zone) {
        return new SubscriberCountView(count.getId(), count.getOperatorId(), count.getAsOf(), count.getCount(),
                count.getRecordedAt().atOffset(zone), count.getRecordedBy(), count.getRecordedByRole());
    }
}

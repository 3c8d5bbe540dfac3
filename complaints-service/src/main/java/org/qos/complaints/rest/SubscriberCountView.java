package org.qos.complaints.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.complaints.domain.SubscriberCount;

/** A stored subscriber count. */
@Schema(description = "A stored subscriber count; the latest asOf on or before a period's end is in force")
public record SubscriberCountView(UUID id, @Schema(example = "ALPHA") String operatorId, LocalDate asOf,
        @Schema(example = "120000") long count, OffsetDateTime recordedAt, @Schema(example = "alpha") String recordedBy) {

    public static SubscriberCountView of(SubscriberCount count, ZoneOffset zone) {
        return new SubscriberCountView(count.getId(), count.getOperatorId(), count.getAsOf(), count.getCount(),
                count.getRecordedAt().atOffset(zone), count.getRecordedBy());
    }
}

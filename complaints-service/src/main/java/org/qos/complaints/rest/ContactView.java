package org.qos.complaints.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.complaints.domain.ComplaintContact;

/** A stored contact with the complaining customer. */
@Schema(description = "A contact with the complaining customer: the written answer or a call-back")
public record ContactView(
        UUID id,
        @Schema(description = "When the contact was made, as the operator dates it (respondedAt)") OffsetDateTime contactedAt,
        @Schema(description = "true for the written answer, false for a call-back") boolean written,
        @Schema(nullable = true) String summary,
        @Schema(description = "When the server received it (its own clock)") OffsetDateTime recordedAt,
        @Schema(example = "alpha") String recordedBy) {

    public static ContactView of(ComplaintContact contact, ZoneOffset zone) {
        return new ContactView(contact.getId(), contact.getContactedAt().atOffset(zone), contact.isWritten(),
                contact.getSummary(), contact.getRecordedAt().atOffset(zone), contact.getRecordedBy());
    }
}

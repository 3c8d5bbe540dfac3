package org.qos.complaints.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.complaints.domain.Category;
import org.qos.complaints.domain.Channel;
import org.qos.complaints.domain.Complaint;
import org.qos.complaints.domain.ComplaintStatus;

/** A complaint as the API shows it; its status is derived from the clock at the time of the request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A complaint with its derived status", requiredProperties = {"id", "operatorId", "customerRef",
        "channel", "category", "receivedAt", "subject", "responseDueAt", "status", "createdAt", "createdBy"}, example = """
        {"id": "0b4f9a52-3f7e-4c1e-9a51-6a0d8d1f7e21", "operatorId": "ALPHA", "customerRef": "CUST-000123",
         "channel": "LETTER", "category": "SERVICE_QUALITY", "receivedAt": "2026-07-01T09:15:00+07:00",
         "subject": "Calls drop in Ba Dinh every evening", "responseDueAt": "2026-07-03T09:15:00+07:00",
         "status": "ANSWERED", "respondedAt": "2026-07-02T16:00:00+07:00", "onTime": true,
         "responseSummary": "Antenna re-aligned; apology letter sent"}""")
public record ComplaintView(
        UUID id,
        @Schema(example = "ALPHA") String operatorId,
        @Schema(example = "CUST-000123") String customerRef,
        Channel channel,
        Category category,
        OffsetDateTime receivedAt,
        String subject,
        @Schema(description = "receivedAt + 48 h") OffsetDateTime responseDueAt,
        @Schema(description = "OPEN, ANSWERED, or OVERDUE (open and past due at the time of the request)")
        ComplaintStatus status,
        @Schema(description = "When the written answer was sent, as the operator dates it; absent while open")
        OffsetDateTime respondedAt,
        @Schema(description = "When the server received the written answer (its own clock, beside the operator's"
                + " respondedAt); absent while open") OffsetDateTime responseRecordedAt,
        @Schema(description = "respondedAt <= responseDueAt; absent while open") Boolean onTime,
        String responseSummary,
        @Schema(description = "When the server received the complaint (its own clock, beside the operator's receivedAt)")
        OffsetDateTime createdAt,
        String createdBy,
        @Schema(description = "Every contact (written answer and call-backs), oldest first; only on a single complaint")
        List<ContactView> contacts) {

    public static ComplaintView of(Complaint complaint, Instant now, ZoneOffset zone, List<ContactView> contacts) {
        return new ComplaintView(complaint.getId(), complaint.getOperatorId(), complaint.getCustomerRef(),
                complaint.getChannel(), complaint.getCategory(), complaint.getReceivedAt().atOffset(zone),
                complaint.getSubject(), complaint.getResponseDueAt().atOffset(zone), complaint.status(now),
                complaint.getRespondedAt() == null ? null : complaint.getRespondedAt().atOffset(zone),
                complaint.getResponseRecordedAt() == null ? null : complaint.getResponseRecordedAt().atOffset(zone),
                complaint.onTime(), complaint.getResponseSummary(), complaint.getCreatedAt().atOffset(zone),
                complaint.getCreatedBy(), contacts);
    }
}

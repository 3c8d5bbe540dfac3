package org.qos.complaints.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.complaints.domain.Category;
import org.qos.complaints.domain.Channel;
import org.qos.complaints.domain.Complaint;
import org.qos.complaints.domain.ComplaintStatus;

/** An open complaint that needs an answer soon, or is already overdue. No personal data. */
@Schema(description = "An open complaint due soon (OPEN) or past due (OVERDUE)", example = """
        {"complaintId": "0b4f9a52-3f7e-4c1e-9a51-6a0d8d1f7e21", "operatorId": "ALPHA", "channel": "EMAIL",
         "category": "SERVICE_QUALITY", "receivedAt": "2026-07-01T09:15:00+07:00",
         "responseDueAt": "2026-07-03T09:15:00+07:00", "status": "OPEN", "secondsLeft": 7200}""")
public record AlertView(
        UUID complaintId,
        @Schema(example = "ALPHA") String operatorId,
        Channel channel,
        Category category,
        OffsetDateTime receivedAt,
        OffsetDateTime responseDueAt,
        @Schema(description = "OVERDUE (past due) or OPEN (due within the asked hours)") ComplaintStatus status,
        @Schema(description = "Seconds until the due time at the time of the request; negative when overdue",
                example = "7200") long secondsLeft) {

    public static AlertView of(Complaint complaint, Instant now, ZoneOffset zone) {
        return new AlertView(complaint.getId(), complaint.getOperatorId(), complaint.getChannel(),
                complaint.getCategory(), complaint.getReceivedAt().atOffset(zone),
                complaint.getResponseDueAt().atOffset(zone), complaint.status(now),
                Duration.between(now, complaint.getResponseDueAt()).getSeconds());
    }
}

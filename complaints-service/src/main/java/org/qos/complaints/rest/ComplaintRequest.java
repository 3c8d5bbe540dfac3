package org.qos.complaints.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.complaints.domain.Category;
import org.qos.complaints.domain.Channel;

/** A complaint as received by the operator. */
@Schema(description = "A complaint as received", example = """
        {"operatorId": "ALPHA", "customerRef": "CUST-000123", "channel": "LETTER", "category": "SERVICE_QUALITY",
         "receivedAt": "2026-07-01T09:15:00+07:00", "subject": "Calls drop in Ba Dinh every evening"}""")
public record ComplaintRequest(
        @Schema(description = "The operator complained to", example = "ALPHA", required = true) String operatorId,
        @Schema(description = "The operator's reference of the customer (personal data: never logged)",
                example = "CUST-000123", required = true) String customerRef,
        @Schema(required = true) Channel channel,
        @Schema(description = "Only SERVICE_QUALITY complaints count in the complaint rate", required = true)
        Category category,
        @Schema(description = "When the operator received it; the 48 h run from here. Not more than the allowed clock"
                + " skew (qos.complaints.clock-skew, default 5 minutes) ahead of the server's clock; the server records its"
                + " own receipt time (createdAt) beside it", required = true,
                example = "2026-07-01T09:15:00+07:00") OffsetDateTime receivedAt,
        @Schema(example = "Calls drop in Ba Dinh every evening", required = true) String subject) {
}

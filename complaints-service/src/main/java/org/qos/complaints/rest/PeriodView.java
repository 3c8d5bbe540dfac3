package org.qos.complaints.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.common.kpi.KpiResult;
import org.qos.complaints.service.PeriodService;

import com.fasterxml.jackson.databind.JsonNode;

/** A closed reporting period with its frozen results. */
@Schema(name = "ComplaintsPeriod", description = "A closed reporting period of one operator, with the results frozen"
        + " when it was closed (the answer of GET /api/v1/complaints/compliance for exactly these dates)")
public record PeriodView(
        UUID id,
        @Schema(example = "ALPHA") String operatorId,
        @Schema(description = "First date of the period", example = "2026-07-01") LocalDate from,
        @Schema(description = "Last date of the period (inclusive)", example = "2026-09-30") LocalDate to,
        @Schema(description = "When it was closed", example = "2026-10-03T09:00:00+07:00") OffsetDateTime closedAt,
        @Schema(example = "regulator") String closedBy,
        @Schema(description = "The KPI results frozen when the period was closed, each marked frozen: true",
                type = SchemaType.ARRAY, implementation = KpiResult.class) List<JsonNode> results) {

    public static PeriodView of(PeriodService.Closed closed, ZoneOffset zone) {
        return new PeriodView(closed.id(), closed.operatorId(), closed.from(), closed.to(),
                closed.closedAt().atOffset(zone), closed.closedBy(), closed.results());
    }
}

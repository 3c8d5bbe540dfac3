package org.qos.billing.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.billing.repository.InvoiceStatisticsRepository.StatementCall;

/** One call of an itemized statement. */
@Schema(description = "One charged call of a subscriber", example = "{\"recordId\": \"CDR-000001\", \"calledNumber\":"
        + " \"0912345678\", \"date\": \"2026-04-02\", \"startedAt\": \"2026-04-02T09:00:00+07:00\", \"endedAt\":"
        + " \"2026-04-02T09:02:00+07:00\", \"charge\": 1600, \"currency\": \"VND\"}")
public record StatementLine(
        String recordId,
        @Schema(description = "The called number as charged") String calledNumber,
        @Schema(description = "Date of the start in the profile's time zone") LocalDate date,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        BigDecimal charge,
        String currency) {

    static final List<String> CSV_HEADER = List.of("recordId", "calledNumber", "date", "startedAt", "endedAt", "charge",
            "currency");

    /** A statement's call with its times in the profile's zone. */
    static StatementLine of(StatementCall call, ZoneOffset zone) {
        return new StatementLine(call.recordId(), call.callee(), call.startedAt().atOffset(zone).toLocalDate(),
                call.startedAt().atOffset(zone), call.endedAt() == null ? null : call.endedAt().atOffset(zone),
                call.charge(), call.currency());
    }
}

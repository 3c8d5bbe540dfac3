package org.qos.gateway.service;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.gateway.domain.Overall;

/** An operator's scorecard over a period: every family's KPI results and the overall verdict. */
@Schema(description = "Every KPI result of an operator over a period, by family, with the overall verdict",
        example = """
                {"operatorId": "ALPHA", "from": "2026-07-01", "to": "2026-09-30", "overall": "INCOMPLETE",
                 "families": {"voice": {"status": "OK", "results": []},
                              "coverage": {"status": "OK", "results": []},
                              "billing": {"status": "UNAVAILABLE", "results": [], "detail": "no answer in time"},
                              "complaints": {"status": "OK", "results": []}}}""")
@JsonPropertyOrder({"operatorId", "from", "to", "overall", "families"})
public record Scorecard(
        @Schema(example = "ALPHA") String operatorId,
        LocalDate from,
        LocalDate to,
        @Schema(description = "FAIL if any result fails; otherwise INCOMPLETE if a family is unavailable or empty or"
                + " a result is INSUFFICIENT_DATA; otherwise PASS") Overall overall,
        @Schema(description = "By family: voice, coverage, billing, complaints")
        Map<String, FamilyScorecard> families) {
}

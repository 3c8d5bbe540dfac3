package org.qos.gateway.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.common.kpi.KpiResult;

/** One family in a scorecard: its status and its KPI results, exactly as its service gave them. */
@Schema(description = "A family's part of a scorecard")
public record FamilyScorecard(
        @Schema(example = "OK") FamilyStatus status,
        @Schema(type = SchemaType.ARRAY, implementation = KpiResult.class) List<JsonNode> results,
        @Schema(description = "Why the family is unavailable (absent when it is OK)", nullable = true,
                example = "no answer in time")
        @JsonInclude(JsonInclude.Include.NON_NULL) String detail) {

    public FamilyScorecard {
        results = List.copyOf(results);
    }

    public static FamilyScorecard ok(List<JsonNode> results) {
        return new FamilyScorecard(FamilyStatus.OK, results, null);
    }

    public static FamilyScorecard unavailable(String detail) {
        return new FamilyScorecard(FamilyStatus.UNAVAILABLE, List.of(), detail);
    }
}

package org.qos.common.kpi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A KPI result, the unit of every report (api.md "KPI results"). Families add their own fields through
 * {@link #extensions()} (a survey's {@code reasons}, coverage's {@code bins}), serialized at the top level.
 *
 * <p>Registered for reflection: voice, coverage and billing serialize results with their ObjectMapper
 * ({@code valueToTree}, the frozen JSON of a closed campaign) rather than as a REST return type, which a native
 * image would otherwise not see.
 */
@RegisterForReflection(targets = {KpiResult.class, Target.class, SampleSummary.class, Confidence.class, Verdict.class,
        KpiUnit.class, Comparator.class})
@Schema(description = "A KPI result with its target, sample, confidence interval and verdict. Family-specific fields"
        + " come beside these at the top level (for example conclusiveSample, trials, discrepancies, goodScoreMin,"
        + " instrument, scoreMapping, subscriberCount): additional properties are part of the answer. campaignId is null for a KPI"
        + " computed over a period rather than a campaign; target and verdict are null for an informative KPI.",
        additionalProperties = Schema.True.class)
@JsonPropertyOrder({"kpiId", "clause", "standard", "profileVersion", "operatorId", "areaCode", "campaignId",
        "method", "periodStart", "periodEnd", "computedAt", "value", "unit", "target", "sample", "confidence",
        "verdict", "conclusive", "notes"})
public record KpiResult(
        @Schema(example = "voice.quality") String kpiId,
        @Schema(example = "3.4") String clause,
        @Schema(example = "TCN 68-228:2004") String standard,
        @Schema(example = "1") String profileVersion,
        @Schema(example = "ALPHA") String operatorId,
        @Schema(description = "The area measured; null for a KPI measured over the whole network", example = "HN",
                nullable = true) String areaCode,
        @Schema(nullable = true) UUID campaignId,
        @Schema(example = "OBJECTIVE") String method,
        LocalDate periodStart,
        LocalDate periodEnd,
        OffsetDateTime computedAt,
        @Schema(description = "The KPI value; null when nothing valid was sampled", example = "0.9113", nullable = true)
        Double value,
        KpiUnit unit,
        @Schema(nullable = true) Target target,
        SampleSummary sample,
        @Schema(nullable = true) Confidence confidence,
        @Schema(nullable = true) Verdict verdict,
        @Schema(description = "The verdict holds for every value of the confidence interval")
        boolean conclusive,
        List<String> notes,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public KpiResult {
        notes = List.copyOf(notes);
        extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** Family-specific fields, written at the top level of the JSON object. */
    @Override
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}

package org.qos.common.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A two-sided confidence interval of a share of counted trials. */
@Schema(description = "Two-sided exact confidence interval of the value")
public record Confidence(
        @Schema(example = "0.95") double level,
        @Schema(example = "CLOPPER_PEARSON") String method,
        @Schema(example = "0.8934") double lower,
        @Schema(example = "0.9271") double upper) {

    public static final String CLOPPER_PEARSON = "CLOPPER_PEARSON";
}

package org.qos.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid value: the 1-based data row (null for a single object), the field and what is wrong. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One invalid value of a request", requiredProperties = {"field", "message"})
public record FieldError(
        @Schema(description = "1-based data row of a batch (a CSV header is not counted); absent for a single object",
                example = "17") Integer row,
        @Schema(example = "score") String field,
        @Schema(example = "must be between 1.0 and 5.0") String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }
}

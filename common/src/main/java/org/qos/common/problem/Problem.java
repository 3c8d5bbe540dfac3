package org.qos.common.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An RFC 9457 problem details object, with the row-level {@code errors} extension of this API. Registered for
 * reflection: it is written by exception mappers (a {@code Response} entity) and by the gateway's ObjectMapper,
 * never as a REST method's declared return type, so a native image would not see it otherwise.
 */
@RegisterForReflection(targets = {Problem.class, FieldError.class})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status"}, example = """
        {"type": "https://qos.example/problems/invalid-rows", "title": "Invalid rows", "status": 400,
         "detail": "2 of 1000 rows are invalid; nothing was stored",
         "errors": [{"row": 17, "field": "score", "message": "must be between 1.0 and 5.0"}]}""")
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** At most this many errors are listed; {@code detail} gives their total. */
    public static final int MAX_LISTED_ERRORS = 100;

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, List.of());
    }
}

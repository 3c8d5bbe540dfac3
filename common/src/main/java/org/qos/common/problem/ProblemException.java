package org.qos.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A domain error that becomes an RFC 9457 response with a stable type. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(new Problem(type.uri(), type.title(), type.status(), detail, errors));
    }

    public Problem problem() {
        return problem;
    }

    /** Adds a header to the answer (such as {@code Retry-After}); returns this exception. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The headers the answer carries besides the problem. */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " does not exist");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    /** A single invalid field of a request object (not a batch row). */
    public static ProblemException invalidField(String field, String message) {
        return invalid(List.of(FieldError.of(field, message)));
    }

    /** Field errors gathered by a check, thrown together as one 400 problem; nothing when there are none. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(ProblemType.INVALID_REQUEST, detail, errors);
    }
}

package org.qos.common.problem;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.qos.common.config.UnstorableValueException;

import io.quarkus.security.ForbiddenException;

/**
 * The one set of exception mappers of every service: every error leaves as {@code application/problem+json}
 * with a stable type, never with a class name or a stack trace.
 */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);
    /** Jackson's message for a key given twice in one object (STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if (e.headers().isEmpty()) {
            return ProblemResponses.of(e.problem());
        }
        Response.ResponseBuilder response = Response.fromResponse(ProblemResponses.of(e.problem()));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this operation");
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e) {
        String field = path(e);
        return invalidRequest("Unknown field '" + field + "'",
                FieldError.of(field, "unknown field; expected one of " + e.getKnownPropertyIds()));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        String field = path(e);
        if (e instanceof UnstorableValueException) {
            // a value that could not be stored as sent (StrictJson): the message says why, the value is not echoed
            return invalidRequest("Field '" + field + "' has an invalid value", FieldError.of(field, e.getOriginalMessage()));
        }
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return invalidRequest("Field '" + field + "' has an invalid value",
                FieldError.of(field, "invalid value '" + e.getValue() + "': expected " + expected));
    }

    @ServerExceptionMapper
    public Response explicitNull(InvalidNullException e) {
        String field = path(e);
        return invalidRequest("Field '" + field + "' is null",
                FieldError.of(field, "null is not a value of this field: give a value, or leave the field out"));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = path(e);
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return invalidRequest(field.isEmpty() ? "The body does not have the expected shape" : "Field '" + field + "' has the wrong type",
                FieldError.of(field.isEmpty() ? "(body)" : field, "expected " + expected));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            // StrictJson: a field given twice (the parser names it; the last value would have won unseen)
            return invalidRequest("Field '" + duplicate.group(1) + "' is given more than once",
                    FieldError.of(duplicate.group(1), "given more than once: give each field once"));
        }
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return ProblemResponses.of(ProblemType.MALFORMED_BODY, "The body is not well-formed JSON" + where);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return ProblemResponses.of(ProblemType.NOT_FOUND, "No resource at this path");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return ProblemResponses.of(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed on this path");
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return ProblemResponses.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Unsupported Content-Type");
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return ProblemResponses.of(ProblemType.NOT_ACCEPTABLE, "No representation matches the Accept header");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unrecognized) {
                return unrecognizedField(unrecognized);
            }
            if (cause instanceof InvalidFormatException invalid) {
                return invalidFormat(invalid);
            }
            if (cause instanceof InvalidNullException explicitNull) {
                return explicitNull(explicitNull);
            }
            if (cause instanceof MismatchedInputException mismatched) {
                return mismatchedInput(mismatched);
            }
            if (cause instanceof JsonProcessingException malformed) {
                return malformedJson(malformed);
            }
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 413) {
            return ProblemResponses.of(ProblemType.PAYLOAD_TOO_LARGE, "The body exceeds the configured limit");
        }
        if (status == 401) {
            return e.getResponse();
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return ProblemResponses.of(ProblemType.INTERNAL, "The request could not be completed");
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return ProblemResponses.of(new Problem(java.net.URI.create(ProblemType.BASE + "http-" + status), title, status,
                e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response unhandled(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01"))) {
                // the database connection was lost (e.g. a restart): nothing was committed; the client may retry
                LOG.warnf("Database unavailable (SQL state %s): %s", sql.getSQLState(), sql.getMessage());
                return Response.fromResponse(ProblemResponses.of(ProblemType.UNAVAILABLE,
                        "The database is not reachable right now; nothing was stored. Retry shortly."))
                        .header("Retry-After", "5").build();
            }
        }
        LOG.error("Unhandled error", e);
        return ProblemResponses.of(ProblemType.INTERNAL, "The request could not be completed");
    }

    private static Response invalidRequest(String detail, FieldError error) {
        return ProblemResponses.of(new ProblemException(ProblemType.INVALID_REQUEST, detail, List.of(error)).problem());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.toString(constants);
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == java.time.OffsetDateTime.class) {
            return "an ISO-8601 timestamp with offset";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a " + type.getSimpleName();
    }
}

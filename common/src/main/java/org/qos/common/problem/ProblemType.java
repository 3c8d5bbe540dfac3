package org.qos.common.problem;

import java.net.URI;

/** The stable problem types of the API: one URI and title per kind of error. */
public enum ProblemType {
    INVALID_ROWS("invalid-rows", "Invalid rows", 400),
    INVALID_REQUEST("invalid-request", "Invalid request", 400),
    MALFORMED_BODY("malformed-body", "Malformed body", 400),
    /** A bound on the input (CSV columns, JSON keys, line or field length) is exceeded: refused while streaming. */
    LIMIT_EXCEEDED("limit-exceeded", "Input limit exceeded", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    FORBIDDEN("forbidden", "Forbidden", 403),
    /** An operator writing the measurements of, or closing, a campaign or audit the regulator created. */
    REGULATOR_CAMPAIGN("regulator-campaign", "Reserved to the regulator, who created it", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    /** The body did not arrive in time (no byte within the idle timeout, or not all of it within the body timeout). */
    REQUEST_TIMEOUT("request-timeout", "Body not received in time", 408),
    DUPLICATE_ROW("duplicate-row", "Row id already stored", 409),
    CAMPAIGN_CLOSED("campaign-closed", "Campaign closed", 409),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused with another body", 409),
    CONFLICT("conflict", "Conflict with the stored state", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    /** The caller's operator already has the most concurrent uploads it may have (with Retry-After). */
    TOO_MANY_UPLOADS("too-many-uploads", "Too many concurrent uploads", 429),
    INTERNAL("internal", "Internal error", 500),
    UNAVAILABLE("unavailable", "Service unavailable", 503),
    /** The service already receives the most concurrent uploads it takes, of all operators (with Retry-After). */
    UPLOADS_BUSY("uploads-busy", "Too many uploads in progress", 503);

    public static final String BASE = "https://qos.example/problems/";

    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}

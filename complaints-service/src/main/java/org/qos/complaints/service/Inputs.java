package org.qos.complaints.service;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.qos.common.problem.FieldError;
import org.qos.common.security.OperatorIds;

/** Checks of request fields shared by the services; every error names its field. */
final class Inputs {

    private Inputs() {
    }

    static void operatorId(List<FieldError> errors, String value) {
        OperatorIds.check("operatorId", value, errors);
    }

    static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(FieldError.of(field, "is required"));
        }
    }

    static void text(List<FieldError> errors, String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, value == null ? "is required" : "must not be blank"));
            }
        } else if (value.length() > maxLength) {
            errors.add(FieldError.of(field, "must have at most " + maxLength + " characters"));
        }
    }

    /** The instant of a timestamp at the database's precision (microseconds). */
    static Instant instant(OffsetDateTime value) {
        return value.toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The latest instant an operator may give as a date of its own: now plus the allowed clock skew. */
    static Instant latestAllowed(Instant now, Duration skew) {
        return now.plus(skew);
    }

    /** The message of a date beyond {@link #latestAllowed}. */
    static String futureMessage(Duration skew) {
        return "must not be in the future (more than " + describe(skew) + " ahead of the server's clock)";
    }

    static String describe(Duration skew) {
        if (skew.toSecondsPart() == 0 && skew.toMinutes() > 0) {
            long minutes = skew.toMinutes();
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return skew.toSeconds() + " seconds";
    }
}

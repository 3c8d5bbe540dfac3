package org.qos.complaints.service;

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
}

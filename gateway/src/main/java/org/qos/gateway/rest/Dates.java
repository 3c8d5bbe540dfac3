package org.qos.gateway.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.qos.common.problem.ProblemException;

/** Dates of requests: required, {@code YYYY-MM-DD}, 400 naming the field otherwise. */
final class Dates {

    private Dates() {
    }

    static LocalDate required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "'" + value + "' is not a date YYYY-MM-DD");
        }
    }
}

package org.qos.coverage.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qos.campaigns.batch.RowReader;
import org.qos.campaigns.batch.RowSchema;
import org.qos.coverage.domain.Street;

/** Rows of a street inventory: {@code streetId, name, lengthMeters}; a street id given twice is an error. */
final class StreetSchema implements RowSchema<Street> {

    static final List<String> FIELDS = List.of("streetId", "name", "lengthMeters");
    /** The longest street accepted, metres (a sanity bound: Earth's circumference). */
    private static final BigDecimal MAX_LENGTH = new BigDecimal("40075000");

    /** Street id to the row that first gave it. One inventory per request: its size is the area's street count. */
    private final Map<String, Integer> seen = new HashMap<>();

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public List<String> requiredFields() {
        return FIELDS;
    }

    @Override
    public Street read(RowReader row) {
        String streetId = row.text("streetId", true, 64);
        String name = row.text("name", true, 200);
        BigDecimal length = row.decimal("lengthMeters", true, null, MAX_LENGTH);
        if (length != null && length.signum() <= 0) {
            row.error("lengthMeters", "must be positive");
        }
        if (streetId != null) {
            Integer first = seen.putIfAbsent(streetId, row.row());
            if (first != null) {
                row.error("streetId", "'" + streetId + "' is given twice (first in row " + first + ")");
            }
        }
        if (row.hasErrors()) {
            return null;
        }
        return new Street(streetId, name, length);
    }
}

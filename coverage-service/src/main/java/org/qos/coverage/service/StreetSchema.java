package org.qos.coverage.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.qos.campaigns.batch.DeclaredRowSchema;
import org.qos.coverage.domain.Street;

/** Rows of a street inventory: {@code streetId, name, lengthMeters}; a street id given twice is an error. */
final class StreetSchema extends DeclaredRowSchema<Street> {

    /** The longest street accepted, metres (a sanity bound: Earth's circumference). */
    private static final BigDecimal MAX_LENGTH = new BigDecimal("40075000");

    private final Field<String> streetId = text("streetId", 64);
    private final Field<String> name = text("name", 200);
    private final Field<BigDecimal> length = decimal("lengthMeters", null, MAX_LENGTH);
    /** Street id to the row that first gave it. One inventory per request: its size is the area's street count. */
    private final Map<String, Integer> seen = new HashMap<>();

    @Override
    protected void check(Values row) {
        if (row.get(length) != null && row.get(length).signum() <= 0) {
            row.error(length, "must be positive");
        }
        String id = row.get(streetId);
        if (id != null) {
            Integer first = seen.putIfAbsent(id, row.reader().row());
            if (first != null) {
                row.error(streetId, "'" + id + "' is given twice (first in row " + first + ")");
            }
        }
    }

    @Override
    protected Street build(Values row) {
        return new Street(row.get(streetId), row.get(name), row.get(length));
    }
}

package org.qos.common.profile;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A mapping of an instrument's native values onto a KPI's scale, as a quality profile states it: a named function
 * (the family that reads the profile knows the functions it supports and fails at start on another one) with its
 * coefficients.
 *
 * @param function   the function's name, e.g. {@code IDENTITY}, {@code LOGISTIC}, {@code E_MODEL_ANNEX_B}
 * @param label      how results name the mapping, e.g. "ITU-T P.862.1"
 * @param scale      the scale mapped onto, e.g. "MOS-LQO" or "MOS-CQE"
 * @param estimate   whether the mapped value is an estimate (a planning model rather than a measurement)
 * @param parameters the function's coefficients by name
 */
public record MappingDefinition(String function, String label, String scale, boolean estimate,
        Map<String, BigDecimal> parameters) {

    public MappingDefinition {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** A coefficient; fails loudly when the profile lacks it. */
    public BigDecimal parameter(String name) {
        BigDecimal value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("The quality profile's mapping " + label + " (" + function
                    + ") has no parameter '" + name + "'");
        }
        return value;
    }
}

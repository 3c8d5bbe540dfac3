package org.qos.common.kpi;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The profile's target for a KPI: {@code value comparator target}. */
@Schema(description = "Target the KPI value is compared with", example = "{\"comparator\": \"GE\", \"value\": 0.90}")
public record Target(Comparator comparator, BigDecimal value) {

    public boolean isMetBy(long numerator, long denominator) {
        return comparator.holds(numerator, denominator, value);
    }

    public boolean isMetBy(double approximateValue) {
        return comparator.holds(approximateValue, value);
    }
}

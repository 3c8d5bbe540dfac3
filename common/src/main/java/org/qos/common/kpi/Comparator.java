package org.qos.common.kpi;

import java.math.BigDecimal;

/** How a KPI value is compared with its target: {@code GE} is "at least", {@code LE} "not more than". */
public enum Comparator {
    GE, GT, LE, LT;

    /** Whether {@code value} meets {@code target}; both exact, nothing rounded. */
    public boolean holds(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (this) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
        };
    }

    /** Whether the exact fraction {@code numerator / denominator} (denominator > 0) meets {@code target}. */
    public boolean holds(long numerator, long denominator, BigDecimal target) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        // numerator / denominator  ? target   <=>   numerator ? target * denominator
        return holds(BigDecimal.valueOf(numerator), target.multiply(BigDecimal.valueOf(denominator)));
    }

    /** The same comparison on doubles, for interval bounds (already approximations). */
    public boolean holds(double value, BigDecimal target) {
        return holds(new BigDecimal(value), target);
    }
}

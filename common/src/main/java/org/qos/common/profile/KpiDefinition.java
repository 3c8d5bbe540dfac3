package org.qos.common.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.qos.common.kpi.KpiUnit;
import org.qos.common.kpi.Target;

/**
 * One KPI of a quality profile: its clause, target, the numeric and listed rules of its methods and, for a KPI of
 * scores, the instruments whose scores it accepts (in the profile's order).
 */
public record KpiDefinition(String clause, String title, KpiUnit unit, Target target,
        Map<String, BigDecimal> rules, Map<String, List<String>> lists, List<String> notes,
        Map<String, InstrumentDefinition> instruments) {

    public KpiDefinition {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        lists = lists == null ? Map.of() : Map.copyOf(lists);
        notes = notes == null ? List.of() : List.copyOf(notes);
        // in the profile's order: results and messages list the instruments as the profile does
        instruments = instruments == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(instruments));
    }

    /** A numeric rule; fails loudly when the profile lacks it, so a wrong profile never starts silently. */
    public BigDecimal rule(String name) {
        BigDecimal value = rules.get(name);
        if (value == null) {
            throw new IllegalStateException("The quality profile has no rule '" + name + "' for clause " + clause);
        }
        return value;
    }

    /** A rule the profile may leave unset (the standard's copy cuts some values). */
    public BigDecimal optionalRule(String name) {
        return rules.get(name);
    }

    public List<String> list(String name) {
        List<String> value = lists.get(name);
        if (value == null) {
            throw new IllegalStateException("The quality profile has no list '" + name + "' for clause " + clause);
        }
        return value;
    }
}

package org.qos.complaints.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;

import org.qos.common.kpi.KpiUnit;
import org.qos.common.kpi.Target;
import org.qos.common.profile.KpiDefinition;
import org.qos.common.profile.QualityProfile;

/** The rules of clauses 3.8 and 3.9 as the quality profile states them. Plain values: no CDI, no database. */
public record ComplaintRules(
        String standard, String profileVersion,
        Kpi response, Duration responseTime, long minPeriodMonths,
        Kpi rate, long daysPerYear, long retentionMonths,
        Kpi availability, BigDecimal answeredWithinSeconds) {

    public static final String RESPONSE_KPI = "complaints.response-48h";
    public static final String RATE_KPI = "complaints.rate";
    public static final String AVAILABILITY_KPI = "support.availability";
    public static final String ANSWERED_KPI = "support.answered-60s";

    /** What a result states about its KPI. */
    public record Kpi(String id, String clause, KpiUnit unit, Target target) {
        static Kpi of(String id, KpiDefinition definition) {
            return new Kpi(id, definition.clause(), definition.unit(), definition.target());
        }
    }

    public static ComplaintRules from(QualityProfile profile) {
        KpiDefinition response = profile.kpi(RESPONSE_KPI);
        KpiDefinition rate = profile.kpi(RATE_KPI);
        KpiDefinition availability = profile.kpi(AVAILABILITY_KPI);
        return new ComplaintRules(profile.standard(), profile.version(),
                Kpi.of(RESPONSE_KPI, response),
                Duration.ofHours(response.rule("responseHours").longValueExact()),
                response.rule("minPeriodMonths").longValueExact(),
                Kpi.of(RATE_KPI, rate), rate.rule("daysPerYear").longValueExact(),
                rate.rule("retentionMonths").longValueExact(),
                Kpi.of(AVAILABILITY_KPI, availability), availability.rule("answeredWithinSeconds"));
    }

    /** The least time complaint data is kept, as the profile states it (in months). */
    public Period minimumRetention() {
        return Period.ofMonths(Math.toIntExact(retentionMonths));
    }

    /** The KPI of the informative share of support calls answered in time: clause 3.9, no target. */
    public Kpi answered() {
        return new Kpi(ANSWERED_KPI, availability.clause(), KpiUnit.RATIO, null);
    }
}

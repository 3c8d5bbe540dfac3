package org.qos.billing.domain;

import java.math.BigDecimal;
import java.time.Period;

import org.qos.common.kpi.KpiUnit;
import org.qos.common.kpi.Target;
import org.qos.common.profile.KpiDefinition;
import org.qos.common.profile.QualityProfile;

/**
 * The rules of clauses 3.6 and 3.7 as the quality profile states them. Plain values: no CDI, no database.
 *
 * @param minValidCalls          valid test calls a campaign needs (1000)
 * @param minDurationSeconds     shortest valid test call (60 s, itself valid)
 * @param maxDurationSeconds     longest valid test call (360 s, itself valid)
 * @param minInvoiceCalls        calls an invoice audit needs (10,000)
 * @param retentionDays          the least retention of charging data (180 days)
 */
public record BillingRules(String standard, String profileVersion, double confidenceLevel,
        String wrongCallsClause, KpiUnit wrongCallsUnit, Target wrongCallsTarget,
        String wrongTimeClause, KpiUnit wrongTimeUnit, Target wrongTimeTarget,
        String invoiceClause, KpiUnit invoiceUnit, Target invoiceTarget,
        long minValidCalls, long minDurationSeconds, long maxDurationSeconds, long minInvoiceCalls,
        long retentionDays) {

    public static final String WRONG_CALLS = "billing.wrong-calls";
    public static final String WRONG_TIME = "billing.wrong-time";
    public static final String INVOICE_ERRORS = "billing.invoice-errors";
    /** The method of a test-call campaign and of an invoice audit, as the KPI results name them. */
    public static final String TEST_CALLS = "TEST_CALLS";
    public static final String INVOICE_AUDIT = "INVOICE_AUDIT";

    public static BillingRules from(QualityProfile profile) {
        KpiDefinition calls = profile.kpi(WRONG_CALLS);
        KpiDefinition time = profile.kpi(WRONG_TIME);
        KpiDefinition invoice = profile.kpi(INVOICE_ERRORS);
        return new BillingRules(profile.standard(), profile.version(), profile.level(),
                calls.clause(), calls.unit(), calls.target(), time.clause(), time.unit(), time.target(),
                invoice.clause(), invoice.unit(), invoice.target(),
                calls.rule("minValidCalls").longValueExact(), calls.rule("minDurationSeconds").longValueExact(),
                calls.rule("maxDurationSeconds").longValueExact(), invoice.rule("minCalls").longValueExact(),
                invoice.rule("retentionDays").longValueExact());
    }

    /** The least time charging data is kept, as the profile states it (in days). */
    public Period minimumRetention() {
        return Period.ofDays(Math.toIntExact(retentionDays));
    }

    /**
     * Whether a test call of this exact duration (decimal seconds, not rounded) is excluded (OUT_OF_RANGE_DURATION);
     * both bounds are valid: 60 and 360 count, 59.999 and 360.001 do not.
     */
    public boolean outOfRange(BigDecimal durationSeconds) {
        return durationSeconds.compareTo(BigDecimal.valueOf(minDurationSeconds)) < 0
                || durationSeconds.compareTo(BigDecimal.valueOf(maxDurationSeconds)) > 0;
    }
}

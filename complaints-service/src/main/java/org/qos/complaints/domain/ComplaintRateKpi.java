package org.qos.complaints.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.SampleSummary;
import org.qos.common.kpi.ShareEvaluation;
import org.qos.common.kpi.Target;
import org.qos.common.kpi.Verdict;

/**
 * Clause 3.8.2 ({@code complaints.rate}): service-quality complaints received in the period per 100 customers per
 * year, annualized: {@code k / (S / 100) × daysPerYear / days}, with S the subscriber count in force at the period's
 * end. The verdict compares the exact fraction {@code k × 100 × daysPerYear / (S × days)} with the target; nothing
 * is rounded. Other categories are counted and shown as exclusions.
 */
public final class ComplaintRateKpi {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ComplaintRateKpi() {
    }

    /** The exact numerator and denominator of the rate. */
    public record Fraction(BigDecimal numerator, BigDecimal denominator) {
        public BigDecimal value() {
            return numerator.divide(denominator, MathContext.DECIMAL64);
        }

        public boolean meets(Target target) {
            return target.comparator().holds(numerator, target.value().multiply(denominator));
        }
    }

    /** {@code k × 100 × daysPerYear / (S × days)}; S must be positive. */
    public static Fraction rate(long complaints, long subscribers, long periodDays, long daysPerYear) {
        if (subscribers <= 0 || periodDays <= 0) {
            throw new IllegalArgumentException("subscribers and days must be positive");
        }
        return new Fraction(BigDecimal.valueOf(complaints).multiply(HUNDRED).multiply(BigDecimal.valueOf(daysPerYear)),
                BigDecimal.valueOf(subscribers).multiply(BigDecimal.valueOf(periodDays)));
    }

    /**
     * @param received    complaints received in the period, by category (missing categories are zero)
     * @param subscribers the count in force at the period's end, or null when none was reported
     */
    public static KpiResult compute(String operatorId, ReportingPeriod period, Map<Category, Long> received,
            SubscriberFigure subscribers, ComplaintRules rules, OffsetDateTime computedAt) {
        ComplaintRules.Kpi kpi = rules.rate();
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, received.getOrDefault(category, 0L));
        }
        long k = counts.get(Category.SERVICE_QUALITY);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> exclusions = new LinkedHashMap<>();
        counts.forEach((category, n) -> {
            if (category != Category.SERVICE_QUALITY && n > 0) {
                exclusions.put(category.name(), n);
            }
        });

        boolean known = subscribers != null && subscribers.count() > 0;
        Double value = null;
        Verdict verdict = Verdict.INSUFFICIENT_DATA;
        List<String> notes = new ArrayList<>();
        if (known) {
            Fraction rate = rate(k, subscribers.count(), period.days(), rules.daysPerYear());
            value = rate.value().doubleValue();
            verdict = rate.meets(kpi.target()) ? Verdict.PASS : Verdict.FAIL;
            notes.add(k + " service-quality complaints received in " + period.days() + " days, "
                    + subscribers.count() + " subscribers in force (as of " + subscribers.asOf() + "): " + k
                    + " / (" + subscribers.count() + " / 100) × " + rules.daysPerYear() + " / " + period.days()
                    + " = " + rate.value().round(new MathContext(6)).toPlainString() + " per 100 customers per year.");
        } else if (subscribers == null) {
            notes.add("No subscriber count is reported on or before " + period.end() + ": the rate cannot be computed.");
        } else {
            notes.add("The subscriber count in force (as of " + subscribers.asOf() + ") is 0: the rate cannot be computed.");
        }
        if (total > k) {
            notes.add((total - k) + " complaints of other categories are not part of the rate: " + exclusions + ".");
        }
        notes.add("Every complaint is counted, nothing is sampled: no confidence interval.");
        SampleSummary sample = new SampleSummary(total, k, total - k, 0, known, exclusions);

        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("serviceQualityComplaints", k);
        extensions.put("periodDays", period.days());
        extensions.put("subscriberCount", subscribers == null ? null : subscribers.count());
        extensions.put("subscriberCountAsOf", subscribers == null ? null : subscribers.asOf());

        return new KpiResult(kpi.id(), kpi.clause(), rules.standard(), rules.profileVersion(), operatorId, null, null,
                ComplaintResponseKpi.METHOD, period.start(), period.end(), computedAt, value, kpi.unit(), kpi.target(),
                sample, null, verdict, ShareEvaluation.isConclusive(verdict, null, kpi.target()), notes, extensions);
    }
}

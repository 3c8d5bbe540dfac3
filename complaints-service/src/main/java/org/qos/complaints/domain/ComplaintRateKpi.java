package org.qos.complaints.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qos.common.kpi.KpiResult;
import org.qos.common.kpi.SampleSummary;
import org.qos.common.kpi.ShareEvaluation;
import org.qos.common.kpi.Target;
import org.qos.common.kpi.Verdict;

/**
 * Clause 3.8.2 ({@code complaints.rate}): written service-quality complaints received in the period per 100 customers
 * per year, annualized: {@code k / (S / 100) × daysPerYear / days}, with S the subscriber count in force at the
 * period's end. The standard defines a complaint as dissatisfaction reported by a complaint letter, so k counts the
 * {@code SERVICE_QUALITY} complaints received through a written channel ({@link Channel#WRITTEN}: LETTER, EMAIL,
 * FAX, WEB); those by PHONE or IN_PERSON are shown as the exclusion {@code NOT_WRITTEN}, other categories as
 * exclusions of their own, and the result gives the service-quality complaints by channel. The verdict compares the
 * exact fraction {@code k × 100 × daysPerYear / (S × days)} with the target; nothing is rounded.
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

    /** The exclusion of service-quality complaints received by telephone or in person. */
    public static final String NOT_WRITTEN = "NOT_WRITTEN";

    /**
     * @param received    complaints received in the period, by category and channel
     * @param subscribers the count in force at the period's end, or null when none was reported
     */
    public static KpiResult compute(String operatorId, ReportingPeriod period, ReceivedComplaints received,
            SubscriberFigure subscribers, ComplaintRules rules, OffsetDateTime computedAt) {
        ComplaintRules.Kpi kpi = rules.rate();
        long k = received.written(Category.SERVICE_QUALITY);
        long serviceQuality = received.ofCategory(Category.SERVICE_QUALITY);
        long total = received.total();
        Map<String, Long> exclusions = new LinkedHashMap<>();
        if (serviceQuality > k) {
            exclusions.put(NOT_WRITTEN, serviceQuality - k);
        }
        Map<String, Long> otherCategories = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            long n = received.ofCategory(category);
            if (category != Category.SERVICE_QUALITY && n > 0) {
                otherCategories.put(category.name(), n);
            }
        }
        exclusions.putAll(otherCategories);
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            byChannel.put(channel.name(), received.count(Category.SERVICE_QUALITY, channel));
        }

        boolean known = subscribers != null && subscribers.count() > 0;
        Double value = null;
        Verdict verdict = Verdict.INSUFFICIENT_DATA;
        List<String> notes = new ArrayList<>();
        if (known) {
            Fraction rate = rate(k, subscribers.count(), period.days(), rules.daysPerYear());
            value = rate.value().doubleValue();
            verdict = rate.meets(kpi.target()) ? Verdict.PASS : Verdict.FAIL;
            notes.add(k + " written service-quality complaints received in " + period.days() + " days, "
                    + subscribers.count() + " subscribers in force (as of " + subscribers.asOf() + "): " + k
                    + " / (" + subscribers.count() + " / 100) × " + rules.daysPerYear() + " / " + period.days()
                    + " = " + rate.value().round(new MathContext(6)).toPlainString() + " per 100 customers per year.");
        } else if (subscribers == null) {
            notes.add("No subscriber count is reported on or before " + period.end() + ": the rate cannot be computed.");
        } else {
            notes.add("The subscriber count in force (as of " + subscribers.asOf() + ") is 0: the rate cannot be computed.");
        }
        if (serviceQuality > k) {
            notes.add((serviceQuality - k) + " service-quality complaints received by telephone or in person are not"
                    + " part of the rate (clause 3.8.2 counts complaint letters: LETTER, EMAIL, FAX, WEB); they count"
                    + " for the 48 h answer (3.8.1). By channel: " + byChannel + ".");
        }
        if (total > serviceQuality) {
            notes.add((total - serviceQuality) + " complaints of other categories are not part of the rate: "
                    + otherCategories + ".");
        }
        notes.add("Every complaint is counted, nothing is sampled: no confidence interval.");
        SampleSummary sample = new SampleSummary(total, k, total - k, 0, known, exclusions);

        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("serviceQualityComplaints", serviceQuality);
        extensions.put("writtenServiceQualityComplaints", k);
        extensions.put("countedChannels", Channel.WRITTEN.stream().sorted().map(Channel::name).toList());
        extensions.put("byChannel", byChannel);
        extensions.put("periodDays", period.days());
        extensions.put("subscriberCount", subscribers == null ? null : subscribers.count());
        extensions.put("subscriberCountAsOf", subscribers == null ? null : subscribers.asOf());

        return new KpiResult(kpi.id(), kpi.clause(), rules.standard(), rules.profileVersion(), operatorId, null, null,
                ComplaintResponseKpi.METHOD, period.start(), period.end(), computedAt, value, kpi.unit(), kpi.target(),
                sample, null, verdict, ShareEvaluation.isConclusive(verdict, null, kpi.target()), notes, extensions);
    }
}

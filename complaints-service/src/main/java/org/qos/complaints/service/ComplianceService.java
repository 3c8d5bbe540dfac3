package org.qos.complaints.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.qos.common.kpi.KpiResult;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;
import org.qos.complaints.domain.ComplaintRateKpi;
import org.qos.complaints.domain.ComplaintResponseKpi;
import org.qos.complaints.domain.ComplaintRules;
import org.qos.complaints.domain.Outage;
import org.qos.complaints.domain.ReportingPeriod;
import org.qos.complaints.domain.SubscriberFigure;
import org.qos.complaints.domain.SupportAnsweredKpi;
import org.qos.complaints.domain.SupportAvailabilityKpi;
import org.qos.complaints.domain.SupportCallCounts;
import org.qos.complaints.domain.SupportOutage;
import org.qos.complaints.repository.ComplaintStatisticsRepository;
import org.qos.complaints.repository.SubscriberCountRepository;
import org.qos.complaints.repository.SupportOutageRepository;

/** The KPI results of clauses 3.8 and 3.9 for a period, from SQL aggregates and the plain domain arithmetic. */
@ApplicationScoped
public class ComplianceService {

    private final ComplaintStatisticsRepository statistics;
    private final SubscriberCountRepository subscriberCounts;
    private final SupportOutageRepository outages;
    private final ComplaintRules rules;
    private final ZoneOffset zone;
    private final Clock clock;

    public ComplianceService(ComplaintStatisticsRepository statistics, SubscriberCountRepository subscriberCounts,
            SupportOutageRepository outages, ComplaintRules rules, QualityProfile profile, Clock clock) {
        this.statistics = statistics;
        this.subscriberCounts = subscriberCounts;
        this.outages = outages;
        this.rules = rules;
        this.zone = profile.zone();
        this.clock = clock;
    }

    /**
     * For each operator in scope (an operator: its own; the regulator: the one named, or every operator with data):
     * complaints.response-48h, complaints.rate, support.availability, and support.answered-60s when the operator
     * logged support calls in the period.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KpiResult> compliance(String operatorId, LocalDate from, LocalDate to, Caller caller) {
        ReportingPeriod period = ComplaintService.period(from, to, zone);
        String scope = caller.listScope(operatorId);
        List<String> operators = scope == null ? statistics.operators() : List.of(scope);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime computedAt = now.atOffset(zone).truncatedTo(ChronoUnit.SECONDS);
        List<KpiResult> results = new ArrayList<>();
        for (String operator : operators) {
            results.addAll(results(operator, period, now, computedAt));
        }
        return results;
    }

    private List<KpiResult> results(String operator, ReportingPeriod period, Instant now, OffsetDateTime computedAt) {
        List<KpiResult> results = new ArrayList<>(4);
        results.add(ComplaintResponseKpi.compute(operator, period,
                statistics.responseCounts(operator, period.from(), period.until(), now), rules, computedAt));
        SubscriberFigure subscribers = subscriberCounts.inForce(operator, period.end())
                .map(c -> new SubscriberFigure(c.getCount(), c.getAsOf())).orElse(null);
        results.add(ComplaintRateKpi.compute(operator, period,
                statistics.received(operator, period.from(), period.until()), subscribers, rules, computedAt));
        List<Outage> overlapping = outages.overlapping(operator, period.from(), period.until()).stream()
                .map(SupportOutage::outage).toList();
        SupportCallCounts calls = statistics.supportCalls(operator, period.from(), period.until(),
                rules.answeredWithinSeconds());
        results.add(SupportAvailabilityKpi.compute(operator, period, overlapping, calls.total(), rules, computedAt));
        if (calls.total() > 0) {
            results.add(SupportAnsweredKpi.compute(operator, period, calls, rules, computedAt));
        }
        return results;
    }
}

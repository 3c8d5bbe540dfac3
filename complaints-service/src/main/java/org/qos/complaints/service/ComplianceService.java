package org.qos.complaints.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.qos.common.kpi.KpiResult;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;
import org.qos.complaints.domain.ClosedPeriod;
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
import org.qos.complaints.repository.ClosedPeriodRepository;
import org.qos.complaints.repository.ComplaintStatisticsRepository;
import org.qos.complaints.repository.SubscriberCountRepository;
import org.qos.complaints.repository.SupportOutageRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The KPI results of clauses 3.8 and 3.9 for a period, from SQL aggregates and the plain domain arithmetic; for a
 * closed reporting period of exactly these dates, the results frozen when it was closed.
 */
@ApplicationScoped
public class ComplianceService {

    private final ComplaintStatisticsRepository statistics;
    private final SubscriberCountRepository subscriberCounts;
    private final SupportOutageRepository outages;
    private final ComplaintRules rules;
    private final ClosedPeriodRepository closedPeriods;
    private final ZoneOffset zone;
    private final Clock clock;
    private final ObjectMapper json;

    public ComplianceService(ComplaintStatisticsRepository statistics, SubscriberCountRepository subscriberCounts,
            SupportOutageRepository outages, ClosedPeriodRepository closedPeriods, ComplaintRules rules,
            QualityProfile profile, Clock clock, ObjectMapper json) {
        this.statistics = statistics;
        this.closedPeriods = closedPeriods;
        // a tree keeps each number exactly as written: 10800 stays 10800 (valueToTree makes a BigDecimal a double,
        // 10800.0) and 1.0 stays 1.0 (the default node factory strips trailing zeros)
        this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        this.subscriberCounts = subscriberCounts;
        this.outages = outages;
        this.rules = rules;
        this.zone = profile.zone();
        this.clock = clock;
    }

    /**
     * For each operator in scope (an operator: its own; the regulator: the one named, or every operator with results in the period):
     * complaints.response-48h, complaints.rate, support.availability, and support.answered-60s when the operator
     * logged support calls in the period. Where the operator has a closed reporting period of exactly [from, to],
     * the results frozen when it was closed (marked {@code frozen}, with {@code closedAt}); otherwise computed now.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JsonNode> compliance(String operatorId, LocalDate from, LocalDate to, Caller caller) {
        ReportingPeriod period = ComplaintService.period(from, to, zone);
        String scope = caller.listScope(operatorId);
        List<String> operators = scope == null ? statistics.operators(period) : List.of(scope);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime computedAt = now.atOffset(zone).truncatedTo(ChronoUnit.SECONDS);
        List<JsonNode> results = new ArrayList<>();
        for (String operator : operators) {
            Optional<ClosedPeriod> closed = closedPeriods.exactly(operator, from, to);
            if (closed.isPresent()) {
                results.addAll(frozen(closed.get()));
            } else {
                results(operator, period, now, computedAt).forEach(result -> results.add(tree(result)));
            }
        }
        return results;
    }

    /** A result as the API writes it, as a JSON tree (built from the object directly, not through its text). */
    ObjectNode tree(KpiResult result) {
        return json.valueToTree(result);
    }

    /** The results of a closed period as frozen. */
    List<JsonNode> frozen(ClosedPeriod period) {
        try {
            List<JsonNode> results = new ArrayList<>();
            json.readTree(period.getResults()).forEach(results::add);
            return results;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("closed_period " + period.getId() + " holds results that are not JSON", e);
        }
    }

    /** The results of one operator's period computed now from its rows (the clock's {@code now}). */
    List<KpiResult> results(String operator, ReportingPeriod period, Instant now, OffsetDateTime computedAt) {
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

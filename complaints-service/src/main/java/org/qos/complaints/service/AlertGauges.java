package org.qos.complaints.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.qos.complaints.config.ComplaintsConfig;
import org.qos.complaints.repository.ComplaintStatisticsRepository;
import org.qos.complaints.repository.ComplaintStatisticsRepository.AlertCounts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Gauges on {@code /q/metrics} for the platform's own monitoring, per operator: {@code qos_complaints_overdue}
 * (open and past due) and {@code qos_complaints_due_soon} (open, due within {@code qos.complaints.alert-within-hours}),
 * recomputed on a schedule from one SQL aggregate, so that someone is paged before the 48 h pass. An operator seen
 * once keeps its gauges (at 0 when nothing is pending).
 */
@ApplicationScoped
public class AlertGauges {

    static final String OVERDUE = "qos.complaints.overdue";
    static final String DUE_SOON = "qos.complaints.due.soon";

    private final ComplaintStatisticsRepository statistics;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Duration horizon;
    private final Map<String, AtomicLong> overdue = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> dueSoon = new ConcurrentHashMap<>();

    public AlertGauges(ComplaintStatisticsRepository statistics, MeterRegistry registry, Clock clock,
            ComplaintsConfig config) {
        this.statistics = statistics;
        this.registry = registry;
        this.clock = clock;
        this.horizon = Duration.ofHours(config.alertWithinHours());
    }

    @Scheduled(identity = "complaints-alert-gauges", every = "${qos.complaints.gauge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        Map<String, AlertCounts> counts = statistics.alertCounts(now, now.plus(horizon));
        counts.keySet().forEach(this::register);
        overdue.forEach((operator, value) -> value.set(counts.getOrDefault(operator, new AlertCounts(0, 0)).overdue()));
        dueSoon.forEach((operator, value) -> value.set(counts.getOrDefault(operator, new AlertCounts(0, 0)).dueSoon()));
    }

    /** Recomputes the gauges as soon as the service starts, so a restart shows them without waiting an interval. */
    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        refresh();
    }

    /** Makes sure an operator's gauges exist (at their current value) from its first complaint on. */
    public void track(String operator) {
        register(operator);
    }

    private void register(String operator) {
        overdue.computeIfAbsent(operator, op -> gauge(OVERDUE, "Open complaints past their 48 h due time", op));
        dueSoon.computeIfAbsent(operator, op -> gauge(DUE_SOON, "Open complaints due within the alert window", op));
    }

    private AtomicLong gauge(String name, String description, String operator) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(name, value, AtomicLong::doubleValue).description(description).tag("operator", operator)
                .register(registry);
        return value;
    }
}

package org.qos.billing.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.qos.common.retention.RetentionPolicy;
import org.qos.billing.config.BillingConfig;
import org.qos.billing.repository.ChargingPartitions;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps charging data (charging records, invoice lines) for the retention and no longer: whole monthly partitions
 * of charging records that ended before the cutoff are dropped; rows of the default partition and invoice lines
 * that started before it are deleted. Also creates this month's and next month's partitions ahead of the data.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    /** What one purge removed. */
    public record Purged(Instant cutoff, ChargingPartitions.Dropped dropped) {
    }

    private final ChargingPartitions partitions;
    private final RetentionPolicy retention;
    private final Clock clock;
    private final Duration lockTimeout;

    public RetentionService(ChargingPartitions partitions, RetentionPolicy retention, Clock clock, BillingConfig config) {
        this.partitions = partitions;
        this.retention = retention;
        this.clock = clock;
        this.lockTimeout = config.purgeLockTimeout();
    }

    void atStartup(@Observes StartupEvent event) {
        ensureCurrentPartitions();
    }

    @Scheduled(identity = "billing-retention-purge", every = "${qos.billing.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        ensureCurrentPartitions();
        purge();
    }

    /**
     * Drops and deletes what started before the retention's cutoff at the clock's now; skipped (logged, nothing
     * removed) when another replica is purging or a lock is not granted within the purge's lock timeout.
     */
    public Purged purge() {
        Instant cutoff = retention.cutoff(clock.instant());
        ChargingPartitions.Dropped dropped = partitions.purgeBefore(cutoff, lockTimeout);
        if (dropped.skipped() != null) {
            LOG.infof("Retention purge before %s skipped: %s; the next run retries", cutoff, dropped.skipped());
        } else if (!dropped.partitions().isEmpty() || dropped.defaultRows() + dropped.invoiceLines() > 0) {
            LOG.infof("Retention purge before %s: partitions %s dropped, %d other charging records and %d invoice"
                    + " lines deleted", cutoff, dropped.partitions(), dropped.defaultRows(), dropped.invoiceLines());
        }
        return new Purged(cutoff, dropped);
    }

    private void ensureCurrentPartitions() {
        YearMonth now = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        partitions.ensure(now, now.plusMonths(1));
    }
}

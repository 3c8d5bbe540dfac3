package org.qos.billing.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.qos.billing.config.BillingConfig;
import org.qos.billing.repository.ChargingPartitions;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.retention.PurgeRecord;
import org.qos.common.retention.RetentionPolicy;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps charging data (test calls, charging records, invoice lines) for the retention and no longer, without ever
 * changing a result: rows of an open campaign or an unfinished audit stay; a closed campaign's or audit's rows go all
 * together once every one is past the retention (its result, and a campaign's discrepancies, were frozen at close).
 * The rules are {@code org.qos.billing.repository.RetentionRules}'; each purge that runs is written to the purge log
 * in its own transaction. Also creates this month's and next month's partitions ahead of the data.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    /** What one purge did, at which cutoff. */
    public record Purged(Instant cutoff, ChargingPartitions.Purged dropped) {
    }

    private final ChargingPartitions partitions;
    private final BillingCampaignService campaigns;
    private final RetentionPolicy retention;
    private final Clock clock;
    private final Duration lockTimeout;

    public RetentionService(ChargingPartitions partitions, BillingCampaignService campaigns, RetentionPolicy retention,
            Clock clock, BillingConfig config) {
        this.partitions = partitions;
        this.campaigns = campaigns;
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
     * Removes what the retention rules allow at the clock's now, and logs it; skipped (logged, nothing removed, no
     * entry in the purge log) when another replica is purging or a lock is not granted within the purge's lock
     * timeout. Campaigns closed before discrepancy lists were frozen get theirs frozen first (each in its own
     * transaction; their rows have not changed since they were closed).
     */
    public Purged purge() {
        for (UUID id : campaigns.closedUnfrozen()) {
            campaigns.freezeClosed(id);
        }
        Instant now = clock.instant();
        ChargingPartitions.Purged purged = partitions.purge(now, retention, lockTimeout);
        Instant cutoff = retention.cutoff(now);
        if (purged.skipped() != null) {
            LOG.infof("Retention purge before %s skipped: %s; the next run retries", cutoff, purged.skipped());
        } else {
            LOG.infof("Retention purge before %s: removed %s (partitions %s dropped), kept %s past the retention",
                    cutoff, purged.removed(), purged.partitions(), purged.kept());
        }
        return new Purged(cutoff, purged);
    }

    /** The purge log, latest purge first, times in the profile's zone. */
    public Page<PurgeRecord> log(PageRequest page) {
        return partitions.log(page, campaigns.zone());
    }

    private void ensureCurrentPartitions() {
        YearMonth now = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        partitions.ensure(now, now.plusMonths(1));
    }
}

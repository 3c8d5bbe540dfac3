package org.qos.complaints.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.qos.common.retention.RetentionPolicy;
import org.qos.complaints.repository.ComplaintRepository;
import org.qos.complaints.repository.ComplaintStatisticsRepository;
import org.qos.complaints.repository.SupportOutageRepository;

import io.quarkus.scheduler.Scheduled;

/**
 * Purges complaint data older than the retention (at least a year, clause 3.8.2): complaints received before the
 * cutoff with their contacts, outages that ended before it, support calls before it. Subscriber counts are kept
 * (a count reported long ago may still be the one in force).
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    /** What one purge removed. */
    public record Purged(Instant cutoff, long complaints, long outages, long supportCalls) {
    }

    private final ComplaintRepository complaints;
    private final SupportOutageRepository outages;
    private final ComplaintStatisticsRepository statistics;
    private final RetentionPolicy retention;
    private final Clock clock;

    public RetentionService(ComplaintRepository complaints, SupportOutageRepository outages,
            ComplaintStatisticsRepository statistics, RetentionPolicy retention, Clock clock) {
        this.complaints = complaints;
        this.outages = outages;
        this.statistics = statistics;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(identity = "complaints-retention-purge", every = "${qos.complaints.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void scheduledPurge() {
        purge();
    }

    /** Deletes what is older than the retention at the clock's now; one transaction. */
    @Transactional
    public Purged purge() {
        Instant cutoff = retention.cutoff(clock.instant());
        Purged purged = new Purged(cutoff, complaints.deleteReceivedBefore(cutoff), outages.deleteEndedBefore(cutoff),
                statistics.deleteSupportCallsBefore(cutoff));
        if (purged.complaints() + purged.outages() + purged.supportCalls() > 0) {
            LOG.infof("Retention purge before %s: %d complaints, %d outages, %d support calls", cutoff,
                    purged.complaints(), purged.outages(), purged.supportCalls());
        }
        return purged;
    }
}

package org.qos.complaints.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.qos.common.retention.PurgeLock;
import org.qos.common.retention.RetentionPolicy;
import org.qos.complaints.config.ComplaintsConfig;
import org.qos.complaints.repository.ComplaintRepository;
import org.qos.complaints.repository.ComplaintStatisticsRepository;
import org.qos.complaints.repository.SupportOutageRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Purges complaint data older than the retention (at least a year, clause 3.8.2): complaints received before the
 * cutoff with their contacts, outages that ended before it, support calls before it. Subscriber counts are kept
 * (a count reported long ago may still be the one in force).
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    /** The advisory lock every replica's purge takes (one purge at a time). */
    static final String PURGE_LOCK = "qos.complaints.retention-purge";

    /** What one purge removed; {@code skipped} (null when it ran) says why it removed nothing. */
    public record Purged(Instant cutoff, long complaints, long outages, long supportCalls, String skipped) {

        static Purged skipped(Instant cutoff, String reason) {
            return new Purged(cutoff, 0, 0, 0, reason);
        }
    }

    private final ComplaintRepository complaints;
    private final SupportOutageRepository outages;
    private final ComplaintStatisticsRepository statistics;
    private final RetentionPolicy retention;
    private final Clock clock;
    private final DataSource dataSource;
    private final Duration lockTimeout;

    public RetentionService(ComplaintRepository complaints, SupportOutageRepository outages,
            ComplaintStatisticsRepository statistics, RetentionPolicy retention, Clock clock, DataSource dataSource,
            ComplaintsConfig config) {
        this.complaints = complaints;
        this.outages = outages;
        this.statistics = statistics;
        this.retention = retention;
        this.clock = clock;
        this.dataSource = dataSource;
        this.lockTimeout = config.purgeLockTimeout();
    }

    @Scheduled(identity = "complaints-retention-purge", every = "${qos.complaints.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    /**
     * Deletes what is older than the retention at the clock's now; one transaction, which first takes the purge's
     * advisory lock ({@link PurgeLock}): skipped (logged, nothing removed) when another replica is purging, or when a
     * lock is not granted within the purge's lock timeout (then everything is rolled back and the next run retries).
     */
    public Purged purge() {
        Instant cutoff = retention.cutoff(clock.instant());
        Purged purged;
        try {
            purged = QuarkusTransaction.requiringNew().call(() -> purgeBefore(cutoff));
        } catch (RuntimeException e) {
            if (!PurgeLock.isLockTimeout(e)) {
                throw e;
            }
            purged = Purged.skipped(cutoff, "a lock was not granted within " + lockTimeout.toMillis()
                    + " ms (an upload or an answer holds the rows)");
        }
        if (purged.skipped() != null) {
            LOG.infof("Retention purge before %s skipped: %s; the next run retries", cutoff, purged.skipped());
        } else if (purged.complaints() + purged.outages() + purged.supportCalls() > 0) {
            LOG.infof("Retention purge before %s: %d complaints, %d outages, %d support calls", cutoff,
                    purged.complaints(), purged.outages(), purged.supportCalls());
        }
        return purged;
    }

    private Purged purgeBefore(Instant cutoff) throws SQLException {
        // the transaction's own connection (Agroal enlists it in the transaction; Hibernate's statements use it too)
        try (Connection connection = dataSource.getConnection()) {
            if (!PurgeLock.tryAcquire(connection, PURGE_LOCK, lockTimeout)) {
                return Purged.skipped(cutoff, "another replica is purging");
            }
        }
        return new Purged(cutoff, complaints.deleteReceivedBefore(cutoff), outages.deleteEndedBefore(cutoff),
                statistics.deleteSupportCallsBefore(cutoff), null);
    }
}

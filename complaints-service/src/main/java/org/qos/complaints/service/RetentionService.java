package org.qos.complaints.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.ProblemException;
import org.qos.common.profile.QualityProfile;
import org.qos.common.retention.PurgeLock;
import org.qos.common.retention.PurgeLog;
import org.qos.common.retention.PurgeRecord;
import org.qos.common.retention.RetentionPolicy;
import org.qos.common.security.Caller;
import org.qos.complaints.config.ComplaintsConfig;
import org.qos.complaints.repository.RetentionRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Purges complaint data past its retention (at least a year, clause 3.8.2, counted on the calendar by
 * {@link RetentionPolicy}) that lies inside closed reporting periods of its operator ({@link RetentionRepository}:
 * complaints by receipt and due time, with their contacts; outages; support calls). Rows of a period not yet closed
 * are never removed, however old: they are counted as kept. Every purge that runs appends what it removed and kept to
 * the purge log ({@link PurgeLog}) in its own transaction. Subscriber counts are kept (a count reported long ago may
 * still be the one in force); closed periods and their frozen results are kept.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    /** The advisory lock every replica's purge takes (one purge at a time). */
    static final String PURGE_LOCK = "qos.complaints.retention-purge";

    /**
     * What one purge did: rows removed and rows past their retention kept (in no closed period), by kind
     * ({@code complaints}, {@code contacts}, {@code outages}, {@code supportCalls}); {@code skipped} (null when it ran)
     * says why it removed nothing.
     */
    public record Purged(Instant cutoff, Map<String, Long> removed, Map<String, Long> kept, String skipped) {

        static Purged skipped(Instant cutoff, String reason) {
            return new Purged(cutoff, Map.of(), Map.of(), reason);
        }

        public long complaints() {
            return removed.getOrDefault("complaints", 0L);
        }

        public long contacts() {
            return removed.getOrDefault("contacts", 0L);
        }

        public long outages() {
            return removed.getOrDefault("outages", 0L);
        }

        public long supportCalls() {
            return removed.getOrDefault("supportCalls", 0L);
        }
    }

    private final RetentionRepository rows;
    private final RetentionPolicy retention;
    private final Clock clock;
    private final DataSource dataSource;
    private final Duration lockTimeout;
    private final ZoneOffset zone;

    public RetentionService(RetentionRepository rows, RetentionPolicy retention, Clock clock, DataSource dataSource,
            ComplaintsConfig config, QualityProfile profile) {
        this.rows = rows;
        this.retention = retention;
        this.clock = clock;
        this.dataSource = dataSource;
        this.lockTimeout = config.purgeLockTimeout();
        this.zone = profile.zone();
    }

    @Scheduled(identity = "complaints-retention-purge", every = "${qos.complaints.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    /**
     * Deletes what is removable at the clock's now; one transaction, which first takes the purge's advisory lock
     * ({@link PurgeLock}): skipped (logged, nothing removed, nothing appended to the log) when another replica is
     * purging, or when a lock is not granted within the purge's lock timeout (then everything is rolled back and the
     * next run retries).
     */
    public Purged purge() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant cutoff = retention.cutoff(now);
        Purged purged;
        try {
            purged = QuarkusTransaction.requiringNew().call(() -> purgeBefore(now, cutoff));
        } catch (RuntimeException e) {
            if (!PurgeLock.isLockTimeout(e)) {
                throw e;
            }
            purged = Purged.skipped(cutoff, "a lock was not granted within " + lockTimeout.toMillis()
                    + " ms (an upload or an answer holds the rows)");
        }
        if (purged.skipped() != null) {
            LOG.infof("Retention purge before %s skipped: %s; the next run retries", cutoff, purged.skipped());
        } else {
            LOG.infof("Retention purge before %s: removed %s; kept %s (past retention, in no closed period)", cutoff,
                    purged.removed(), purged.kept());
        }
        return purged;
    }

    private Purged purgeBefore(Instant now, Instant cutoff) throws SQLException {
        // the transaction's own connection (Agroal enlists it in the transaction)
        try (Connection connection = dataSource.getConnection()) {
            if (!PurgeLock.tryAcquire(connection, PURGE_LOCK, lockTimeout)) {
                return Purged.skipped(cutoff, "another replica is purging");
            }
            RetentionRepository.Counts counts = rows.purge(connection, cutoff);
            PurgeLog.append(connection, "complaints", now, retention, cutoff, counts.removed(), counts.kept());
            return new Purged(cutoff, counts.removed(), counts.kept(), null);
        }
    }

    /** The purge log, latest purge first (regulator only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PurgeRecord> log(PageRequest page, Caller caller) {
        if (!caller.regulator()) {
            throw ProblemException.forbidden("Only the regulator reads the purge log");
        }
        try (Connection connection = dataSource.getConnection()) {
            return PurgeLog.list(connection, "complaints", page, zone);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the purge log failed: " + e.getMessage(), e);
        }
    }
}

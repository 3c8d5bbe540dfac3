package org.qos.common.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What makes a retention purge safe beside other replicas and beside uploads, taken at the start of the purge's
 * transaction: a transaction-level advisory try-lock (one purge per name at a time across every replica; the others
 * skip rather than wait, and the lock ends with the transaction, whatever happens), and a short {@code lock_timeout}
 * for the transaction only, so that a purge that would wait behind an upload's locks gives up (PostgreSQL error
 * {@code 55P03}, see {@link #isLockTimeout}) instead of queueing, and with it every request queued behind its
 * waiting exclusive lock; it tries again at the next run.
 */
public final class PurgeLock {

    /** SQLSTATE {@code lock_not_available}: a lock was not granted within {@code lock_timeout}. */
    public static final String LOCK_NOT_AVAILABLE = "55P03";

    private PurgeLock() {
    }

    /**
     * In the connection's current transaction (auto-commit off): takes the advisory lock of {@code name} if no other
     * session holds it, and sets {@code lock_timeout} for the rest of the transaction.
     *
     * @return false when another session (another replica's purge) holds the lock: skip this run
     */
    public static boolean tryAcquire(Connection connection, String name, Duration lockTimeout) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0)), set_config('lock_timeout', ?, true)")) {
            lock.setString(1, name);
            lock.setString(2, Math.max(1, lockTimeout.toMillis()) + "ms");
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Whether {@code error} (or one of its causes) is PostgreSQL's lock timeout. */
    public static boolean isLockTimeout(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

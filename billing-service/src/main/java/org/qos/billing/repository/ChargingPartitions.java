package org.qos.billing.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.retention.PurgeLock;
import org.qos.common.retention.PurgeLog;
import org.qos.common.retention.PurgeRecord;
import org.qos.common.retention.RetentionPolicy;

/**
 * The monthly partitions of billing.charging_record (UTC months of started_at): created ahead of the data (a
 * campaign's or audit's period, this month and the next), and dropped whole by the retention purge once their
 * month ended before the cutoff and every row in it may go (both through functions of the schema's owner, see the
 * migration V202612021000__runtime_role.sql: the runtime role owns no table). Rows of a month without a partition
 * wait in the default partition and move to their month's partition when it is created. The retention purge runs
 * here, in one transaction under the purge lock; what it removes is {@link RetentionRules}'.
 */
@ApplicationScoped
public class ChargingPartitions {

    private static final Pattern MONTHLY = Pattern.compile("charging_record_(\\d{4})_(\\d{2})");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'charging_record_'yyyy_MM");

    /** The advisory lock every replica's purge takes (one purge at a time). */
    static final String PURGE_LOCK = "qos.billing.retention-purge";

    /**
     * What one purge did: the monthly partitions it dropped whole, how many rows of each kind it removed (dropped
     * partitions included) and how many rows past the retention it kept; {@code skipped} (null when it ran) says why it
     * did nothing. The counts are those written to the purge log.
     */
    public record Purged(List<String> partitions, Map<String, Long> removed, Map<String, Long> kept, String skipped) {

        static Purged skipped(String reason) {
            return new Purged(List.of(), Map.of(), Map.of(), reason);
        }
    }

    /** The kinds of rows the purge counts (keys of the purge log's {@code removed} and {@code kept}). */
    public static final String CHARGING_RECORDS = "chargingRecords";
    public static final String TEST_CALLS = "testCalls";
    public static final String INVOICE_LINES = "invoiceLines";
    /** Kept: rows past the retention of a closed campaign or audit that has a row still within it. */
    public static final String WAITING = "WaitingForTheirCampaign";

    private final DataSource dataSource;

    public ChargingPartitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Ensures the partitions of every UTC month from {@code first} to {@code last} (inclusive) exist. */
    public void ensure(YearMonth first, YearMonth last) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT billing.ensure_charging_partition(?)")) {
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                statement.setObject(1, month.atDay(1));
                statement.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Creating charging-record partitions failed: " + e.getMessage(), e);
        }
    }

    /** The months of the monthly partitions, oldest first. */
    public List<YearMonth> months() {
        try (Connection connection = dataSource.getConnection()) {
            return months(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<YearMonth> months(Connection connection) throws SQLException {
        List<YearMonth> months = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT c.relname FROM pg_inherits i"
                        + " JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'billing.charging_record'::regclass"
                        + " ORDER BY c.relname")) {
            while (rs.next()) {
                Matcher name = MONTHLY.matcher(rs.getString(1));
                if (name.matches()) {
                    months.add(YearMonth.of(Integer.parseInt(name.group(1)), Integer.parseInt(name.group(2))));
                }
            }
        }
        return months;
    }

    /**
     * The retention purge at {@code now}, in one transaction (see {@link RetentionRules} for what it removes and
     * keeps), logged in that transaction to billing.purge_log. The transaction first takes the purge's advisory lock
     * ({@link PurgeLock}): when another replica holds it, nothing is done and {@link Purged#skipped} says why; a lock
     * not granted within {@code lockTimeout} (an upload holds the table) rolls everything back, likewise skipped, for
     * the next run to retry. A skipped purge writes nothing to the log.
     */
    public Purged purge(Instant now, RetentionPolicy policy, Duration lockTimeout) {
        Instant cutoff = policy.cutoff(now);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!PurgeLock.tryAcquire(connection, PURGE_LOCK, lockTimeout)) {
                    connection.rollback();
                    return Purged.skipped("another replica is purging");
                }
                Purged purged = RetentionRules.purge(connection, cutoff, months(connection));
                PurgeLog.append(connection, "billing", now, policy, cutoff, purged.removed(), purged.kept());
                connection.commit();
                return purged;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                if (PurgeLock.isLockTimeout(e)) {
                    return Purged.skipped("a lock was not granted within " + lockTimeout.toMillis()
                            + " ms (an upload or a read holds the table)");
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Purging charging data failed: " + e.getMessage(), e);
        }
    }

    /** The purge log, latest first, times in {@code zone}. */
    public Page<PurgeRecord> log(PageRequest page, ZoneOffset zone) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return PurgeLog.list(connection, "billing", page, zone);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the purge log failed: " + e.getMessage(), e);
        }
    }

    /** The name of a month's partition. */
    static String partitionName(YearMonth month) {
        return NAME.format(month.atDay(1));
    }

    /**
     * Drops the month's partition through billing.drop_charging_partition, which runs as the schema's owner: the
     * service's runtime role owns no table and may not drop one itself. False when there was none to drop.
     */
    static boolean dropPartition(Connection connection, YearMonth month) throws SQLException {
        try (PreparedStatement drop = connection.prepareStatement("SELECT billing.drop_charging_partition(?)")) {
            drop.setObject(1, month.atDay(1));
            try (ResultSet rs = drop.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Ensures the partitions a period's data may need, and no others: rows lie in the period give or take a day of
     * clock skew (checked as they are read), so the UTC months from two days before its start (the skewed period in
     * +07:00 starts the day before that in UTC) to the day after its end. A period spans at most 366 days: 14 months
     * at most.
     */
    public void ensurePeriod(LocalDate periodStart, LocalDate periodEnd) {
        ensure(YearMonth.from(periodStart.minusDays(2)), YearMonth.from(periodEnd.plusDays(1)));
    }
}

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.common.retention.PurgeLock;

/**
 * The monthly partitions of billing.charging_record (UTC months of started_at): created ahead of the data (a
 * campaign's or audit's period, this month and the next), and dropped whole by the retention purge once their
 * month ended before the cutoff (both through functions of the schema's owner, see the migration
 * V202612021000__runtime_role.sql: the runtime role owns no table). Rows of a month without a partition wait in the default partition and move to
 * their month's partition when it is created; the purge deletes rows of the default partition older than the cutoff.
 */
@ApplicationScoped
public class ChargingPartitions {

    private static final Pattern MONTHLY = Pattern.compile("charging_record_(\\d{4})_(\\d{2})");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'charging_record_'yyyy_MM");

    /** The advisory lock every replica's purge takes (one purge at a time). */
    static final String PURGE_LOCK = "qos.billing.retention-purge";

    /** What one purge removed; {@code skipped} (null when it ran) says why it removed nothing. */
    public record Dropped(List<String> partitions, long defaultRows, long invoiceLines, String skipped) {

        static Dropped skipped(String reason) {
            return new Dropped(List.of(), 0, 0, reason);
        }
    }

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
     * Removes charging data that started before {@code cutoff}: drops the monthly partitions that end at or before
     * it (whole months older than the cutoff), deletes older rows of the default partition and older invoice lines.
     * One transaction; nothing at or after the cutoff is touched. The transaction first takes the purge's advisory
     * lock ({@link PurgeLock}): when another replica holds it, nothing is done and {@link Dropped#skipped} says why;
     * a lock not granted within {@code lockTimeout} (an upload holds the table) rolls everything back, likewise
     * skipped, for the next run to retry. Partitions are dropped {@code IF EXISTS}.
     */
    public Dropped purgeBefore(Instant cutoff, Duration lockTimeout) {
        List<String> dropped = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!PurgeLock.tryAcquire(connection, PURGE_LOCK, lockTimeout)) {
                    connection.rollback();
                    return Dropped.skipped("another replica is purging");
                }
                for (YearMonth month : months(connection)) {
                    Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                    if (!end.isAfter(cutoff) && dropPartition(connection, month)) {
                        dropped.add(NAME.format(month.atDay(1)));
                    }
                }
                long defaultRows = delete(connection,
                        "DELETE FROM billing.charging_record_default WHERE started_at < ?", cutoff);
                long lines = delete(connection, "DELETE FROM billing.invoice_line WHERE started_at < ?", cutoff);
                connection.commit();
                return new Dropped(dropped, defaultRows, lines, null);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                if (PurgeLock.isLockTimeout(e)) {
                    return Dropped.skipped("a lock was not granted within " + lockTimeout.toMillis()
                            + " ms (an upload or a read holds the table)");
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Purging charging data failed: " + e.getMessage(), e);
        }
    }

    /**
     * Drops the month's partition through billing.drop_charging_partition, which runs as the schema's owner: the
     * service's runtime role owns no table and may not drop one itself. False when there was none to drop.
     */
    private static boolean dropPartition(Connection connection, YearMonth month) throws SQLException {
        try (PreparedStatement drop = connection.prepareStatement("SELECT billing.drop_charging_partition(?)")) {
            drop.setObject(1, month.atDay(1));
            try (ResultSet rs = drop.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static long delete(Connection connection, String sql, Instant cutoff) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            return statement.executeUpdate();
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

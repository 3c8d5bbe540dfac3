package org.qos.campaigns.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.qos.campaigns.batch.CopyTable;

/**
 * The statistics kept per open campaign, one row of a family's {@code <schema>.<campaign table>_statistics}:
 * {@code batch_version} counts the batches stored (bumped in each batch's own transaction, {@link #countBatch}, with
 * the statistics when the batch was counted as it streamed),
 * {@code last_batch_id} names the batch that bumped it last, and {@code statistics} (jsonb) are the family's
 * statistics as they were for {@code statistics_version} batches, gathered under {@code basis}. Plain JDBC over the
 * data source (the batch's transaction is the ingestion's own connection; elsewhere the connection takes part in
 * the current JTA transaction), because the row is read and locked by SQL that Panache does not express
 * ({@code FOR UPDATE SKIP LOCKED}, {@code ON CONFLICT}).
 */
public final class StatisticsStore {

    /**
     * One campaign's row.
     *
     * @param statisticsVersion the {@code batchVersion} the statistics reflect; null when there are none
     */
    public record Kept(long batchVersion, UUID lastBatchId, Long statisticsVersion, String basis, String statistics) {

        /** Statistics of every stored batch, gathered under {@code basis}. */
        public boolean currentUnder(String expected) {
            return usableUnder(expected) && statisticsVersion == batchVersion;
        }

        /** Statistics gathered under {@code basis}, perhaps of fewer batches than are stored. */
        public boolean usableUnder(String expected) {
            return statistics != null && statisticsVersion != null && expected.equals(basis);
        }
    }

    private final DataSource dataSource;

    public StatisticsStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The step every stored batch takes in its own transaction, after its rows: the campaign's batch version is
     * bumped. The row stays locked until the batch commits, so concurrent batches of one campaign get successive
     * versions, and statistics gathered under the lock see every batch that has one.
     */
    public static CopyTable.AfterCopy countBatch(String table) {
        return (connection, campaignId, batchId) -> {
            try (PreparedStatement bump = connection.prepareStatement("INSERT INTO " + table
                    + " AS s (campaign_id, batch_version, last_batch_id) VALUES (?, 1, ?) ON CONFLICT (campaign_id)"
                    + " DO UPDATE SET batch_version = s.batch_version + 1, last_batch_id = excluded.last_batch_id")) {
                bump.setObject(1, campaignId);
                bump.setObject(2, batchId);
                bump.executeUpdate();
            }
        };
    }

    /** What a batch adds to the statistics kept for its campaign. */
    @FunctionalInterface
    public interface Addition {
        /**
         * The statistics (JSON) of the kept ones and the batch's rows together; null when they cannot be added to
         * (none kept, another basis, or not of every stored batch): then they are gathered whole later.
         */
        String to(Kept kept);
    }

    /**
     * The step every stored batch of a family whose statistics add up takes in its own transaction, after its rows:
     * the campaign's row is locked, and the batch version bumped together with the statistics, to which the batch's
     * rows are added ({@code addition}); when they cannot be added to, only the batch version moves (the statistics
     * are behind, and gathered whole after the commit or at the next read). Concurrent batches of one campaign wait
     * for each other here, so each adds to the statistics of those committed before it.
     */
    public static CopyTable.AfterCopy countBatch(String table, Addition addition) {
        return (connection, campaignId, batchId) -> {
            Kept kept = lockForBatch(connection, table, campaignId);
            String added = addition.to(kept);
            long version = kept.batchVersion() + 1;
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                    + " SET batch_version = ?, last_batch_id = ?"
                    + (added == null ? "" : ", statistics_version = ?, statistics = CAST(? AS jsonb)")
                    + " WHERE campaign_id = ?")) {
                int parameter = 1;
                update.setLong(parameter++, version);
                update.setObject(parameter++, batchId);
                if (added != null) {
                    update.setLong(parameter++, version);
                    update.setString(parameter++, added);
                }
                update.setObject(parameter, campaignId);
                update.executeUpdate();
            }
        };
    }

    private static Kept lockForBatch(Connection connection, String table, UUID campaignId) throws SQLException {
        String select = "SELECT batch_version, last_batch_id, statistics_version, basis, statistics::text FROM " + table
                + " WHERE campaign_id = ? FOR UPDATE";
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement locked = connection.prepareStatement(select)) {
                locked.setObject(1, campaignId);
                try (ResultSet rs = locked.executeQuery()) {
                    if (rs.next()) {
                        return kept(rs, 1);
                    }
                }
            }
            // a campaign whose statistics were never kept (created before them): a row without statistics
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                    + " (campaign_id, batch_version) VALUES (?, 0) ON CONFLICT (campaign_id) DO NOTHING")) {
                insert.setObject(1, campaignId);
                insert.executeUpdate();
            }
        }
        throw new IllegalStateException("statistics row of campaign " + campaignId + " missing after its insert");
    }

    /**
     * The row of a new campaign (in the transaction that creates it): no batch, and {@code statistics}, those of no
     * rows, so that its first batch adds to them.
     */
    public void start(String table, UUID campaignId, String basis, String statistics) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                        + " (campaign_id, batch_version, statistics_version, basis, statistics)"
                        + " VALUES (?, 0, 0, ?, CAST(? AS jsonb)) ON CONFLICT (campaign_id) DO NOTHING")) {
            insert.setObject(1, campaignId);
            insert.setString(2, basis);
            insert.setString(3, statistics);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing statistics failed: " + e.getMessage(), e);
        }
    }

    /** The rows of these campaigns, as committed (no lock). */
    public Map<UUID, Kept> find(String table, Collection<UUID> campaignIds) {
        Map<UUID, Kept> kept = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return kept;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT campaign_id, batch_version,"
                        + " last_batch_id, statistics_version, basis, statistics::text FROM " + table
                        + " WHERE campaign_id = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", campaignIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    kept.put(rs.getObject(1, UUID.class), kept(rs, 2));
                }
            }
            return kept;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading statistics failed: " + e.getMessage(), e);
        }
    }

    /**
     * Locks the campaign's row (created when missing) until the current transaction ends; when {@code wait} is false
     * and another transaction holds it, nothing. Under the lock, no batch of the campaign commits, and the next
     * statement sees every batch committed before.
     */
    public Optional<Kept> lock(String table, UUID campaignId, boolean wait) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                    + " (campaign_id, batch_version) VALUES (?, 0) ON CONFLICT (campaign_id) DO NOTHING")) {
                insert.setObject(1, campaignId);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT batch_version, last_batch_id,"
                    + " statistics_version, basis, statistics::text FROM " + table + " WHERE campaign_id = ?"
                    + (wait ? " FOR UPDATE" : " FOR UPDATE SKIP LOCKED"))) {
                select.setObject(1, campaignId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(kept(rs, 1)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Locking statistics failed: " + e.getMessage(), e);
        }
    }

    /** Keeps statistics of {@code version} batches, under the lock taken by {@link #lock}. */
    public void store(String table, UUID campaignId, long version, String basis, String statistics) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE " + table
                        + " SET statistics_version = ?, basis = ?, statistics = CAST(? AS jsonb) WHERE campaign_id = ?")) {
            update.setLong(1, version);
            update.setString(2, basis);
            update.setString(3, statistics);
            update.setObject(4, campaignId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing statistics failed: " + e.getMessage(), e);
        }
    }

    private static Kept kept(ResultSet rs, int first) throws SQLException {
        long statisticsVersion = rs.getLong(first + 2);
        Long version = rs.wasNull() ? null : statisticsVersion;
        return new Kept(rs.getLong(first), rs.getObject(first + 1, UUID.class), version, rs.getString(first + 3),
                rs.getString(first + 4));
    }
}

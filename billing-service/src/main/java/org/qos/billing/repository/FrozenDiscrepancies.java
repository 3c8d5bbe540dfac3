package org.qos.billing.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.billing.domain.Discrepancy;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The discrepancy lists of closed campaigns, frozen when they were closed (billing.frozen_discrepancy, see the
 * migration V202612021210__billing_lifecycle.sql): what {@code /discrepancies} answers for a closed campaign, whatever
 * the retention purge has removed of its rows since. Raw JDBC, like the other repositories that write in bulk; each
 * discrepancy is kept as its JSON, so the list reads back exactly as it was computed.
 */
@ApplicationScoped
public class FrozenDiscrepancies {

    private static final int BATCH = 1000;

    private final DataSource dataSource;
    private final ObjectMapper json;

    public FrozenDiscrepancies(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Where the list is written: the discrepancies in their order, {@link #append}ed page by page. */
    public final class Freezer implements AutoCloseable {

        private final UUID campaignId;
        private final Connection connection;
        private final PreparedStatement insert;
        private int position;

        private Freezer(UUID campaignId) throws SQLException {
            this.campaignId = campaignId;
            this.connection = dataSource.getConnection();
            try {
                try (PreparedStatement clear = connection.prepareStatement(
                        "DELETE FROM billing.frozen_discrepancy WHERE campaign_id = ?")) {
                    clear.setObject(1, campaignId);
                    clear.executeUpdate();
                }
                this.insert = connection.prepareStatement("INSERT INTO billing.frozen_discrepancy"
                        + " (campaign_id, position, discrepancy) VALUES (?, ?, ?::jsonb)");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }

        public void append(List<Discrepancy> discrepancies) {
            try {
                for (Discrepancy discrepancy : discrepancies) {
                    insert.setObject(1, campaignId);
                    insert.setInt(2, position++);
                    insert.setString(3, json.writeValueAsString(discrepancy));
                    insert.addBatch();
                    if (position % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            } catch (SQLException | JsonProcessingException e) {
                throw new IllegalStateException("Freezing discrepancies failed: " + e.getMessage(), e);
            }
        }

        /** Writes what is left and the count on the campaign: from now on, the campaign answers this list. */
        @Override
        public void close() {
            try (connection; insert) {
                insert.executeBatch();
                try (PreparedStatement count = connection.prepareStatement(
                        "UPDATE billing.campaign SET frozen_discrepancies = ? WHERE id = ?")) {
                    count.setInt(1, position);
                    count.setObject(2, campaignId);
                    count.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Freezing discrepancies failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Starts freezing a campaign's list, replacing any earlier one. Must run in the transaction that closes the
     * campaign (the connection is the transaction's), so that the list and the result are frozen together.
     */
    public Freezer freeze(UUID campaignId) {
        try {
            return new Freezer(campaignId);
        } catch (SQLException e) {
            throw new IllegalStateException("Freezing discrepancies failed: " + e.getMessage(), e);
        }
    }

    /** One page of a campaign's frozen list, or empty when its list is not frozen (open, or closed before freezing). */
    public Optional<Page<Discrepancy>> page(UUID campaignId, PageRequest page) {
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT frozen_discrepancies FROM billing.campaign WHERE id = ?")) {
                count.setObject(1, campaignId);
                try (ResultSet rs = count.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    total = rs.getLong(1);
                    if (rs.wasNull()) {
                        return Optional.empty();
                    }
                }
            }
            List<Discrepancy> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT discrepancy::text FROM"
                    + " billing.frozen_discrepancy WHERE campaign_id = ? ORDER BY position LIMIT ? OFFSET ?")) {
                select.setObject(1, campaignId);
                select.setInt(2, page.size());
                select.setLong(3, page.offset());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(json.readValue(rs.getString(1), Discrepancy.class));
                    }
                }
            }
            return Optional.of(new Page<>(items, total));
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Reading frozen discrepancies failed: " + e.getMessage(), e);
        }
    }

    /** Closed campaigns whose list is not frozen (closed before the lists were frozen). */
    public List<UUID> closedUnfrozen() {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id FROM billing.campaign"
                        + " WHERE closed_at IS NOT NULL AND frozen_discrepancies IS NULL ORDER BY closed_at");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }
}

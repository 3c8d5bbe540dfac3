package org.qos.coverage.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.coverage.domain.Decimals;
import org.qos.coverage.domain.Street;

import io.agroal.api.AgroalDataSource;

/** Street inventories, one per area, replaced whole. */
@ApplicationScoped
public class StreetRepository {

    private static final int JDBC_BATCH = 1000;

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    public StreetRepository(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /**
     * Replaces the area's inventory by {@code streets}, within the caller's transaction. Replacements of one area
     * are serialised by a transaction-scoped advisory lock, so that two at once never interleave.
     */
    public void replace(String areaCode, List<Street> streets) {
        entityManager.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(hashtext('coverage.street:' || :area)) AS text)")
                .setParameter("area", areaCode)
                .getSingleResult();
        entityManager.createNativeQuery("DELETE FROM coverage.street WHERE area_code = :area")
                .setParameter("area", areaCode)
                .executeUpdate();
        // the kept statistics of the area's open campaigns counted streets against the old inventory: dropped, they
        // are gathered again when next read (a refresh under way holds its row: this waits for it, then drops it)
        entityManager.createNativeQuery("""
                UPDATE coverage.campaign_statistics s SET statistics = NULL, statistics_version = NULL
                  FROM coverage.campaign c
                 WHERE c.id = s.campaign_id AND c.area_code = :area AND c.closed_at IS NULL""")
                .setParameter("area", areaCode)
                .executeUpdate();
        // the data source's connection takes part in the current JTA transaction
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO coverage.street (area_code, street_id, name, length_meters) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (Street street : streets) {
                insert.setString(1, areaCode);
                insert.setString(2, street.streetId());
                insert.setString(3, street.name());
                insert.setBigDecimal(4, street.lengthMeters());
                insert.addBatch();
                if (++pending == JDBC_BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the street inventory failed: " + e.getMessage(), e);
        }
    }

    /** The area's streets by street id. */
    public Page<Street> page(String areaCode, PageRequest page) {
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM coverage.street WHERE area_code = :area")
                .setParameter("area", areaCode)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT street_id, name, length_meters FROM coverage.street"
                        + " WHERE area_code = :area ORDER BY street_id LIMIT :limit OFFSET :offset")
                .setParameter("area", areaCode)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        return new Page<>(rows.stream()
                .map(r -> new Street((String) r[0], (String) r[1], Decimals.plain((BigDecimal) r[2])))
                .toList(), total);
    }
}

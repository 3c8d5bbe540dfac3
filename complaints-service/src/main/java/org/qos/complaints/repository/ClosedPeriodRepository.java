package org.qos.complaints.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.complaints.domain.ClosedPeriod;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Closed reporting periods, and the operator's period lock: every write of rows that a closed period covers
 * (complaints, answers, outages, support calls) takes it shared and then checks the closed periods; closing takes it
 * exclusive. So a write either commits before a period is closed (and its results include it) or sees the closed
 * period and is refused; never a row inside a period whose frozen results miss it. The lock is a transaction-level
 * advisory lock, released at commit or rollback.
 */
@ApplicationScoped
public class ClosedPeriodRepository implements PanacheRepositoryBase<ClosedPeriod, UUID> {

    private static final Sort LATEST_FIRST = Sort.descending("periodStart").and("operatorId").and("id");

    static String lockKey(String operatorId) {
        return "complaints.closed_period:" + operatorId;
    }

    /** Takes the operator's period lock shared, for the current transaction (writes of rows). */
    public void lockShared(String operatorId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock_shared(hashtext(:key))) l")
                .setParameter("key", lockKey(operatorId)).getSingleResult();
    }

    /** The same, on a JDBC connection in a transaction (batch uploads). */
    public static void lockShared(Connection connection, String operatorId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock_shared(hashtext(?))")) {
            lock.setString(1, lockKey(operatorId));
            lock.execute();
        }
    }

    /** Takes the operator's period lock exclusive, for the current transaction (closing a period). */
    public void lockExclusive(String operatorId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) l")
                .setParameter("key", lockKey(operatorId)).getSingleResult();
    }

    /** The operator's closed period in which one of the instants lies, if any. */
    public Optional<ClosedPeriod> containing(String operatorId, Instant first, Instant second) {
        return find("operatorId = :operatorId and ((startsAt <= :first and endsAt > :first)"
                + " or (startsAt <= :second and endsAt > :second)) order by startsAt",
                Parameters.with("operatorId", operatorId).and("first", first).and("second", second)).firstResultOptional();
    }

    /** The operator's first closed period that overlaps {@code [from, until)}, if any. */
    public Optional<ClosedPeriod> overlapping(String operatorId, Instant from, Instant until) {
        return find("operatorId = :operatorId and startsAt < :until and endsAt > :from order by startsAt",
                Parameters.with("operatorId", operatorId).and("from", from).and("until", until)).firstResultOptional();
    }

    /** The operator's closed period of exactly these dates, if any. */
    public Optional<ClosedPeriod> exactly(String operatorId, LocalDate start, LocalDate end) {
        return find("operatorId = :operatorId and periodStart = :start and periodEnd = :end",
                Parameters.with("operatorId", operatorId).and("start", start).and("end", end)).firstResultOptional();
    }

    /** Closed periods of one operator (or all: null), latest period first. */
    public Page<ClosedPeriod> page(String operatorId, PageRequest page) {
        var query = operatorId == null ? findAll(LATEST_FIRST) : find("operatorId", LATEST_FIRST, operatorId);
        return new Page<>(query.page(page.page(), page.size()).list(), query.count());
    }
}

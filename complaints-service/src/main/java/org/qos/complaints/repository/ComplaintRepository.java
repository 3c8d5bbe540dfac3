package org.qos.complaints.repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.complaints.domain.Complaint;
import org.qos.complaints.domain.ComplaintStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Complaint queries. */
@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("receivedAt").and("id", Sort.Direction.Ascending);
    private static final Sort MOST_URGENT_FIRST = Sort.ascending("responseDueAt").and("id");

    /** Locks the complaint row, so that two answers never both pass the "not yet answered" check. */
    public Optional<Complaint> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Complaints of one operator (or all: null), of a status at {@code now} (or any: null), received in
     * {@code [from, until)} (either bound optional), newest first.
     */
    public Page<Complaint> page(String operatorId, ComplaintStatus status, Instant from, Instant until, Instant now,
            PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (operatorId != null) {
            where.append(" and operatorId = :operatorId");
            parameters.put("operatorId", operatorId);
        }
        if (status != null) {
            switch (status) {
                case ANSWERED -> where.append(" and respondedAt is not null");
                case OPEN -> where.append(" and respondedAt is null and responseDueAt >= :now");
                case OVERDUE -> where.append(" and respondedAt is null and responseDueAt < :now");
            }
            if (status != ComplaintStatus.ANSWERED) {
                parameters.put("now", now);
            }
        }
        if (from != null) {
            where.append(" and receivedAt >= :from");
            parameters.put("from", from);
        }
        if (until != null) {
            where.append(" and receivedAt < :until");
            parameters.put("until", until);
        }
        var query = find(where.toString(), NEWEST_FIRST, parameters);
        return new Page<>(query.page(page.page(), page.size()).list(), query.count());
    }

    /** Open complaints of one operator (or all) due at or before {@code horizon}: overdue ones first, then due soon. */
    public Page<Complaint> openDueBy(String operatorId, Instant horizon, PageRequest page) {
        String where = "respondedAt is null and responseDueAt <= :horizon"
                + (operatorId == null ? "" : " and operatorId = :operatorId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("horizon", horizon);
        if (operatorId != null) {
            parameters.put("operatorId", operatorId);
        }
        var query = find(where, MOST_URGENT_FIRST, parameters);
        return new Page<>(query.page(page.page(), page.size()).list(), query.count());
    }

}

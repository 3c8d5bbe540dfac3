package org.qos.campaigns.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.qos.campaigns.domain.CampaignEntity;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The queries every campaign family asks of its campaigns: a family's repository implements this interface and
 * inherits them.
 */
public interface CampaignQueries<E extends CampaignEntity> extends PanacheRepositoryBase<E, UUID> {

    /** Locks the campaign row for update (a close waits for running uploads, and they for it). */
    default Optional<E> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Campaigns whose period lies inside [from, to] (either bound optional), of one operator or of all (null),
     * newest first.
     */
    default Page<E> page(String operatorId, LocalDate from, LocalDate to, PageRequest page) {
        var query = find(where(operatorId, from, to),
                Sort.descending("createdAt").and("id", Sort.Direction.Ascending), parameters(operatorId, from, to));
        long total = query.count();
        return new Page<>(query.page(page.page(), page.size()).list(), total);
    }

    /** Every campaign whose period lies inside [from, to], in {@link #complianceOrder()} (for compliance listings). */
    default List<E> inPeriod(String operatorId, LocalDate from, LocalDate to) {
        return list(where(operatorId, from, to), complianceOrder(), parameters(operatorId, from, to));
    }

    /** The order of compliance listings: by operator and period start, then as the family sorts. */
    default Sort complianceOrder() {
        return Sort.ascending("operatorId", "periodStart").and("createdAt").and("id");
    }

    private static String where(String operatorId, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (operatorId != null) {
            where.append(" and operatorId = :operatorId");
        }
        if (from != null) {
            where.append(" and periodStart >= :from");
        }
        if (to != null) {
            where.append(" and periodEnd <= :to");
        }
        return where.toString();
    }

    private static Map<String, Object> parameters(String operatorId, LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new HashMap<>();
        if (operatorId != null) {
            parameters.put("operatorId", operatorId);
        }
        if (from != null) {
            parameters.put("from", from);
        }
        if (to != null) {
            parameters.put("to", to);
        }
        return parameters;
    }
}

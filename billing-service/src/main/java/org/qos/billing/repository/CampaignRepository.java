package org.qos.billing.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.qos.billing.domain.Campaign;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Test-call campaign queries. */
@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt").and("id", Sort.Direction.Ascending);

    /** Locks the campaign row for update (a close waits for running uploads, and they for it). */
    public Optional<Campaign> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Campaigns whose period lies inside [from, to] (either bound optional), of one operator or all, newest first. */
    public Page<Campaign> page(String operatorId, LocalDate from, LocalDate to, PageRequest page) {
        var query = find(Periods.where(operatorId, from, to), NEWEST_FIRST, Periods.parameters(operatorId, from, to));
        long total = query.count();
        List<Campaign> items = query.page(page.page(), page.size()).list();
        return new Page<>(items, total);
    }

    /** Every campaign whose period lies inside [from, to], oldest period first (for compliance listings). */
    public List<Campaign> inPeriod(String operatorId, LocalDate from, LocalDate to) {
        return list(Periods.where(operatorId, from, to),
                Sort.ascending("operatorId", "periodStart").and("createdAt").and("id"),
                Periods.parameters(operatorId, from, to));
    }

    /** Period filters of campaign and audit lists. */
    static final class Periods {

        private Periods() {
        }

        static String where(String operatorId, LocalDate from, LocalDate to) {
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

        static Map<String, Object> parameters(String operatorId, LocalDate from, LocalDate to) {
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
}

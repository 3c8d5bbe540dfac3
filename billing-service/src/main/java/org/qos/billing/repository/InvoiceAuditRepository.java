package org.qos.billing.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.qos.billing.domain.InvoiceAudit;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Invoice audit queries. */
@ApplicationScoped
public class InvoiceAuditRepository implements PanacheRepositoryBase<InvoiceAudit, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt").and("id", Sort.Direction.Ascending);

    /** Locks the audit row for update (a close waits for running uploads, and they for it). */
    public Optional<InvoiceAudit> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Audits whose period lies inside [from, to] (either bound optional), of one operator or all, newest first. */
    public Page<InvoiceAudit> page(String operatorId, LocalDate from, LocalDate to, PageRequest page) {
        var query = find(CampaignRepository.Periods.where(operatorId, from, to), NEWEST_FIRST, CampaignRepository.Periods.parameters(operatorId, from, to));
        long total = query.count();
        List<InvoiceAudit> items = query.page(page.page(), page.size()).list();
        return new Page<>(items, total);
    }

    /** Every audit whose period lies inside [from, to], oldest period first (for compliance listings). */
    public List<InvoiceAudit> inPeriod(String operatorId, LocalDate from, LocalDate to) {
        return list(CampaignRepository.Periods.where(operatorId, from, to),
                Sort.ascending("operatorId", "periodStart").and("createdAt").and("id"),
                CampaignRepository.Periods.parameters(operatorId, from, to));
    }
}

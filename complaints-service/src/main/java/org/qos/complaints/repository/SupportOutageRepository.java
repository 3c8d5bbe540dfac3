package org.qos.complaints.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.complaints.domain.SupportOutage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Support-line outages as sent. */
@ApplicationScoped
public class SupportOutageRepository implements PanacheRepositoryBase<SupportOutage, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("startedAt").and("id", Sort.Direction.Ascending);

    /** The operator's outages that overlap {@code [from, until)}, in order of start. */
    public List<SupportOutage> overlapping(String operatorId, Instant from, Instant until) {
        return list("operatorId = :operatorId and startedAt < :until and endedAt > :from",
                Sort.ascending("startedAt").and("id"),
                Parameters.with("operatorId", operatorId).and("from", from).and("until", until));
    }

    public Page<SupportOutage> page(String operatorId, PageRequest page) {
        var query = operatorId == null ? findAll(NEWEST_FIRST) : find("operatorId", NEWEST_FIRST, operatorId);
        return new Page<>(query.page(page.page(), page.size()).list(), query.count());
    }
}

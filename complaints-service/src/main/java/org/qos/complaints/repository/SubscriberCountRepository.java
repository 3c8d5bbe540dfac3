package org.qos.complaints.repository;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.complaints.domain.RecorderRole;
import org.qos.complaints.domain.SubscriberCount;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Subscriber counts as reported. */
@ApplicationScoped
public class SubscriberCountRepository implements PanacheRepositoryBase<SubscriberCount, UUID> {

    private static final Sort LATEST_FIRST = Sort.descending("asOf", "recordedAt").and("id", Sort.Direction.Ascending);

    /**
     * The count in force at {@code date}: the latest asOf on or before it; for one asOf the regulator's (whenever
     * an operator's was recorded), then the latest recorded.
     */
    public Optional<SubscriberCount> inForce(String operatorId, LocalDate date) {
        return find("operatorId = :operatorId and asOf <= :date order by asOf desc,"
                + " case when recordedByRole = :regulator then 0 else 1 end, recordedAt desc, id",
                Parameters.with("operatorId", operatorId).and("date", date).and("regulator", RecorderRole.REGULATOR))
                .firstResultOptional();
    }

    public Page<SubscriberCount> page(String operatorId, PageRequest page) {
        var query = operatorId == null ? findAll(LATEST_FIRST) : find("operatorId", LATEST_FIRST, operatorId);
        return new Page<>(query.page(page.page(), page.size()).list(), query.count());
    }
}

package org.qos.gateway.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.gateway.domain.Publication;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * Publications, newest first. Panache for the queries on the entity; one native statement for the period's advisory
 * lock, which HQL cannot express.
 */
@ApplicationScoped
public class PublicationRepository implements PanacheRepositoryBase<Publication, UUID> {

    /** Within one second (publishedAt has no more), a period's later revision first; then by id, to be stable. */
    private static final Sort NEWEST_FIRST = Sort.descending("publishedAt", "revision", "id");
    /** Not superseded: no publication names it in its {@code supersedes}. */
    private static final String CURRENT = "id not in (select n.supersedes from Publication n where n.supersedes is not null)";

    /** @param history every revision; otherwise only the current one of each period */
    public Page<Publication> page(PageRequest page, boolean history) {
        PanacheQuery<Publication> query = history ? findAll(NEWEST_FIRST) : find(CURRENT, NEWEST_FIRST);
        return new Page<>(query.page(page.page(), page.size()).list(), query.count());
    }

    /** The period's current publication (its highest revision), if it has one. */
    public Optional<Publication> current(LocalDate from, LocalDate to) {
        // from and to are HQL keywords: the attributes are named through an alias
        return find("from Publication p where p.from = ?1 and p.to = ?2 order by p.revision desc", from, to)
                .firstResultOptional();
    }

    /** The id of the revision that superseded a publication, if one did. */
    public Optional<UUID> supersededBy(UUID id) {
        return find("supersedes", id).firstResultOptional().map(Publication::getId);
    }

    /** By the id of each of {@code ids} that was superseded, the id of the revision that superseded it. */
    public Map<UUID, UUID> supersededBy(Collection<UUID> ids) {
        Map<UUID, UUID> successors = new HashMap<>();
        if (!ids.isEmpty()) {
            List<Publication> found = list("supersedes in ?1", List.copyOf(ids));
            found.forEach(next -> successors.put(next.getSupersedes(), next.getId()));
        }
        return successors;
    }

    /**
     * Serializes the publications of one period until the transaction ends (a PostgreSQL advisory lock: the runtime
     * role needs no privilege for it, unlike {@code SELECT ... FOR UPDATE}), so that two at once become revisions n
     * and n + 1, never both n (the unique constraint on the period and revision backs this up).
     */
    public void lockPeriod(LocalDate from, LocalDate to) {
        getEntityManager()
                .createNativeQuery("SELECT CAST(pg_advisory_xact_lock(hashtextextended(:key, 0)) AS text)")
                .setParameter("key", "qos.publications.period:" + from + "/" + to)
                .getSingleResult();
    }
}

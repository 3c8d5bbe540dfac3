package org.qos.gateway.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.gateway.domain.Publication;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Publications, newest first. */
@ApplicationScoped
public class PublicationRepository implements PanacheRepositoryBase<Publication, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("publishedAt", "id");

    public Page<Publication> page(PageRequest page) {
        var query = findAll(NEWEST_FIRST);
        return new Page<>(query.page(page.page(), page.size()).list(), query.count());
    }
}

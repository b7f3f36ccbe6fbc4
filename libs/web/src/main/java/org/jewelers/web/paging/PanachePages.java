package org.jewelers.web.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The page of a Panache query. Kept apart from {@link Page} because only the services that use Hibernate ORM have
 * Panache: the gateway reads its few lists with plain JDBC.
 */
public final class PanachePages {

    private PanachePages() {
    }

    public static <T> Page<T> of(PanacheQuery<T> query, int page, int size) {
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }
}

package org.jewelers.web.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * The page of a Panache query, and a sort parameter's order as Panache's. Kept apart from {@link Page} because only the services that use Hibernate ORM have
 * Panache: the gateway reads its few lists with plain JDBC.
 */
public final class PanachePages {

    private PanachePages() {
    }

    public static <T> Page<T> of(PanacheQuery<T> query, int page, int size) {
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    /** The order a {@link SortParameter} read, on the entity field it names. */
    public static Sort sort(SortParameter.Sorted<String> order) {
        return order.descending() ? Sort.descending(order.key()) : Sort.ascending(order.key());
    }
}

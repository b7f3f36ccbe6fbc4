package org.jewelers.competition.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PanachePages;

/** A search's conditions, each one kept only when its criterion is given: with none, every row matches. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** {@code condition} names its value {@code :name}; a null value leaves the condition out. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** {@code condition} names its values {@code :name}; no values leave the condition out. */
    public Where andAny(String condition, String name, Collection<?> values) {
        return and(condition, name, values.isEmpty() ? null : values);
    }

    /** A condition without values. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** One page of the rows that match, in the given order. */
    public <T> Page<T> page(PanacheRepositoryBase<T, ?> rows, Sort sort, int page, int size) {
        var query = rows.find(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), sort, parameters);
        return PanachePages.of(query, page, size);
    }
}

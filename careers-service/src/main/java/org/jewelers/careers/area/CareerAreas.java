package org.jewelers.careers.area;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jewelers.web.paging.Page;

@ApplicationScoped
public class CareerAreas implements PanacheRepositoryBase<CareerArea, String> {

    public boolean exists(String slug) {
        return slug != null && count("slug", slug) > 0;
    }

    public Page<CareerArea> page(int page, int size) {
        var query = findAll(Sort.by("position"));
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }
}

package org.jewelers.careers.area;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PanachePages;

@ApplicationScoped
public class CareerAreas implements PanacheRepositoryBase<CareerArea, String> {

    public boolean exists(String slug) {
        return slug != null && count("slug", slug) > 0;
    }

    public Page<CareerArea> page(int page, int size) {
        return PanachePages.of(findAll(Sort.by("position")), page, size);
    }
}

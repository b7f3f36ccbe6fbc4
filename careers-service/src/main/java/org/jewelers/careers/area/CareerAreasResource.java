package org.jewelers.careers.area;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;

@Path("/api/v1/career-areas")
@Tag(name = "Career areas", description = "The areas of work in the jewelry industry")
@Produces(MediaType.APPLICATION_JSON)
public class CareerAreasResource {

    private final CareerAreas areas;

    CareerAreasResource(CareerAreas areas) {
        this.areas = areas;
    }

    @GET
    @Operation(summary = "Every career area",
            description = "Public, no token. A short fixed list (one page at the default size), in the order the careers site shows it; the slug is "
                    + "what job postings and filters name.")
    public Page<AreaView> list(@BeanParam @Valid PageRequest paging) {
        Page<CareerArea> page = areas.page(paging.page, paging.size);
        return new Page<>(page.items().stream().map(a -> new AreaView(a.slug, a.name, a.description)).toList(),
                page.total(), page.page(), page.size());
    }

    /** A career area as the public reads it. */
    @Schema(name = "CareerArea")
    public record AreaView(@Schema(example = "design-and-production") String slug,
                           @Schema(example = "Design and production") String name,
                           String description) {
    }
}

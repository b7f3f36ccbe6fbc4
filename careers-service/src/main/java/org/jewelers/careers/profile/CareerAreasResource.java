package org.jewelers.careers.profile;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.careers.area.CareerArea;
import org.jewelers.careers.area.CareerAreas;
import org.jewelers.careers.profile.CareerProfileView.ProfileLink;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;

/**
 * The career areas as the public reads them, each with its profiles. Served from here, beside the profiles, rather
 * than from {@code area}: the areas are the list every other package checks its slugs against, and so depend on none.
 */
@Path("/api/v1/career-areas")
@Tag(name = "Career areas", description = "The areas of work in the jewelry industry")
@Produces(MediaType.APPLICATION_JSON)
public class CareerAreasResource {


    private final CareerAreas areas;
    private final CareerProfiles profiles;
    private final Cacheable cacheable;

    CareerAreasResource(CareerAreas areas, CareerProfiles profiles, Cacheable cacheable) {
        this.areas = areas;
        this.profiles = profiles;
        this.cacheable = cacheable;
    }

    @GET
    @Operation(operationId = "listCareerAreas", summary = "Every career area",
            description = "Public, no token. A short fixed list (one page at the default size), in the order the careers site shows it; the slug is "
                    + "what job postings and filters name. Each area lists its career profiles and links to its "
                    + "education programs, open jobs and published articles. Answers carry an ETag.")
    @APIResponse(responseCode = "200", description = "One page of areas",
            content = @Content(schema = @Schema(implementation = AreaPage.class)))
    @APIResponse(responseCode = "304", description = "The answer has not changed since the ETag you sent")
    public Response list(@BeanParam @Valid PageRequest paging, @Context Request request) {
        Page<CareerArea> page = areas.page(paging.page, paging.size);
        Map<String, List<ProfileLink>> profilesByArea = profiles.linksByArea();
        return cacheable.ok(request, page.map(a -> AreaView.of(a, profilesByArea.getOrDefault(a.slug, List.of()))),
                Freshness.CATALOGUE);
    }

    /** A career area as the public reads it. */
    @Schema(name = "CareerArea")
    public record AreaView(@Schema(example = "design-and-production") String slug,
                           @Schema(example = "Design and production") String name,
                           String description,
                           @Schema(description = "The area's career profiles, by title") List<ProfileLink> profiles,
                           Links links) {

        static AreaView of(CareerArea area, List<ProfileLink> profiles) {
            return new AreaView(area.slug, area.name, area.description, profiles, new Links(
                    "/api/v1/career-profiles?area=" + area.slug, "/api/v1/programs?area=" + area.slug,
                    "/api/v1/jobs?area=" + area.slug, "/api/v1/articles?area=" + area.slug));
        }
    }

    /** Where to find more of an area. */
    @Schema(name = "CareerAreaLinks")
    public record Links(@Schema(example = "/api/v1/career-profiles?area=design-and-production") String profiles,
                        @Schema(example = "/api/v1/programs?area=design-and-production") String programs,
                        @Schema(example = "/api/v1/jobs?area=design-and-production") String jobs,
                        @Schema(example = "/api/v1/articles?area=design-and-production") String articles) {
    }

    /** For the OpenAPI document: a page of areas. */
    @Schema(name = "CareerAreaPage")
    record AreaPage(List<AreaView> items, long total, int page, int size) {
    }
}

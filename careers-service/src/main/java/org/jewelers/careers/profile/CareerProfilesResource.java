package org.jewelers.careers.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.ProblemException;

@Path("/api/v1/career-profiles")
@Tag(name = "Career profiles", description = "Jobs in the jewelry industry: the work, the skills, the ways in and the pay")
@Produces(MediaType.APPLICATION_JSON)
public class CareerProfilesResource {


    private final CareerProfiles profiles;
    private final Cacheable cacheable;
    private final PublicUrls urls;

    CareerProfilesResource(CareerProfiles profiles, Cacheable cacheable, PublicUrls urls) {
        this.urls = urls;
        this.profiles = profiles;
        this.cacheable = cacheable;
    }

    @GET
    @Operation(operationId = "listCareerProfiles",
            summary = "Career profiles", description = "Public, no token. By title; optionally one career area's. "
            + "Answers carry an ETag.")
    @APIResponse(responseCode = "200", description = "One page of profiles",
            content = @Content(schema = @Schema(implementation = ProfilePage.class)))
    @APIResponse(responseCode = "304", description = "The answer has not changed since the ETag you sent")
    public Response list(@QueryParam("area") @Parameter(description = "A career area slug", example = "design-and-production")
                         String area, @BeanParam @Valid PageRequest paging, @Context Request request) {
        if (area != null && !area.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw ProblemException.invalid("area", "must be a career area slug, see /api/v1/career-areas");
        }
        return cacheable.ok(request, profiles.page(area, paging.page, paging.size), Freshness.CATALOGUE);
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getCareerProfile",
            summary = "One career profile", description = "Public, no token. Answers carry an ETag.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = CareerProfileView.class)))
    @APIResponse(responseCode = "304", description = "The answer has not changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No such profile")
    public Response get(@PathParam("slug") @Parameter(example = "bench-jeweler") String slug, @Context Request request) {
        return cacheable.ok(request, profiles.view(slug), Freshness.CATALOGUE);
    }

    @POST
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCareerProfile", summary = "Add a career profile", description = "Staff.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = CareerProfileView.class)))
    @APIResponse(responseCode = "409", description = "A profile with this slug exists")
    public Response create(@NotNull @Valid CareerProfileContent content, @Context UriInfo uri) {
        CareerProfileView created = profiles.create(content);
        return Response.created(urls.created(uri, created.slug())).entity(created).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCareerProfile",
            summary = "Edit a career profile", description = "Staff. Replaces the whole profile; the slug stays.")
    @APIResponse(responseCode = "200", description = "The profile after the change",
            content = @Content(schema = @Schema(implementation = CareerProfileView.class)))
    @APIResponse(responseCode = "404", description = "No such profile")
    public CareerProfileView replace(@PathParam("slug") String slug, @NotNull @Valid CareerProfileContent content) {
        return profiles.replace(slug, content);
    }

    /** For the OpenAPI document: a page of profiles. */
    @Schema(name = "CareerProfilePage")
    record ProfilePage(List<CareerProfileView> items, long total, int page, int size) {
    }
}

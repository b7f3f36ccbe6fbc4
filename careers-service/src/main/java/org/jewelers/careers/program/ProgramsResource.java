package org.jewelers.careers.program;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.Coded;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

@Path("/api/v1/programs")
@Tag(name = "Education programs", description = "Degrees, certificates, courses, youth classes and camps that lead into the industry")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramsResource {


    private final Programs programs;
    private final Cacheable cacheable;
    private final PublicUrls urls;

    ProgramsResource(Programs programs, Cacheable cacheable, PublicUrls urls) {
        this.urls = urls;
        this.programs = programs;
        this.cacheable = cacheable;
    }

    @GET
    @Operation(operationId = "listPrograms",
            summary = "Education programs", description = "Public, no token. By name; filter by the career area "
            + "served, kind, state and whether taught online. Answers carry an ETag.")
    @APIResponse(responseCode = "200", description = "One page of programs",
            content = @Content(schema = @Schema(implementation = ProgramPage.class)))
    @APIResponse(responseCode = "304", description = "The answer has not changed since the ETag you sent")
    public Response list(@QueryParam("area") @Parameter(description = "A career area slug", example = "design-and-production") String area,
                         @QueryParam("kind") @Parameter(description = "degree, certificate, course, youth-class or camp",
                                 example = "certificate") String kind,
                         @QueryParam("state") @Parameter(description = "Two-letter US state where it is taught", example = "TX") String state,
                         @QueryParam("online") @Parameter(description = "true: taught online; false: in person only",
                                 schema = @Schema(type = SchemaType.BOOLEAN))
                         String online,
                         @BeanParam @Valid PageRequest paging, @Context Request request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (area != null && !area.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            errors.add(new Problem.FieldError("area", "must be a career area slug, see /api/v1/career-areas"));
        }
        ProgramKind parsedKind = null;
        if (kind != null) {
            try {
                parsedKind = Coded.ofCode(ProgramKind.class, kind);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("kind", "must be degree, certificate, course, youth-class or camp"));
            }
        }
        if (state != null && !state.matches("[A-Z]{2}")) {
            errors.add(new Problem.FieldError("state", "must be a two-letter US state code, e.g. TX"));
        }
        if (online != null && !online.equals("true") && !online.equals("false")) {
            errors.add(new Problem.FieldError("online", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return cacheable.ok(request, programs.page(area, parsedKind, state, online == null ? null : Boolean.valueOf(online),
                paging.page, paging.size), Freshness.CATALOGUE);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProgram",
            summary = "One education program", description = "Public, no token. Answers carry an ETag.")
    @APIResponse(responseCode = "200", description = "The program",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "304", description = "The answer has not changed since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No such program")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return cacheable.ok(request, programs.view(id), Freshness.CATALOGUE);
    }

    @POST
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProgram", summary = "Add an education program", description = "Staff.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    public Response create(@NotNull @Valid ProgramContent content, @Context UriInfo uri) {
        ProgramView created = programs.create(content);
        return Response.created(urls.created(uri, created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceProgram",
            summary = "Edit an education program", description = "Staff. Replaces the whole program.")
    @APIResponse(responseCode = "200", description = "The program after the change",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "404", description = "No such program")
    public ProgramView replace(@PathParam("id") UUID id, @NotNull @Valid ProgramContent content) {
        return programs.replace(id, content);
    }

    /** For the OpenAPI document: a page of programs. */
    @Schema(name = "ProgramPage")
    record ProgramPage(List<ProgramView> items, long total, int page, int size) {
    }
}

package org.jewelers.competition.edition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.Coded;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.ProblemException;

@Path("/api/v1/editions")
@Tag(name = "Editions", description = "The programs' yearly editions, their categories and deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {


    private final Editions editions;
    private final Cacheable cacheable;
    private final PublicUrls urls;

    EditionResource(Editions editions, Cacheable cacheable, PublicUrls urls) {
        this.urls = urls;
        this.editions = editions;
        this.cacheable = cacheable;
    }

    @GET
    @Operation(summary = "Editions", description = "Public. By default the open and upcoming editions, soonest deadline first.")
    @APIResponse(responseCode = "200", description = "One page of editions")
    @APIResponse(responseCode = "400", description = "An unknown status or program, named in errors[].field")
    public Page<EditionView> list(
            @QueryParam("status") @Parameter(description = "open, upcoming or closed (repeatable); default open and upcoming") List<String> status,
            @QueryParam("program") @Parameter(description = "case-awards or 20-under-40") String program,
            @BeanParam @Valid PageRequest paging) {
        Set<EditionStatus> statuses = EnumSet.noneOf(EditionStatus.class);
        for (String code : status == null || status.isEmpty() ? List.of("open", "upcoming") : status) {
            statuses.add(parse(EditionStatus.class, code, "status"));
        }
        Program chosen = program == null ? null : parse(Program.class, program, "program");
        return editions.list(statuses, chosen, paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One edition", description = "Public: categories or lists, entry window and dates.")
    @APIResponse(responseCode = "200", description = "The edition", content = @Content(schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "404", description = "No edition has this id")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return cacheable.ok(request, EditionView.of(editions.require(id), editions.now()), Freshness.CATALOGUE);
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "An edition's deadlines as iCalendar",
            description = "Public. Entry window, deadline and other dates, in the edition's own time zone.")
    @APIResponse(responseCode = "200", description = "The edition's dates", content = @Content(mediaType = "text/calendar"))
    @APIResponse(responseCode = "404", description = "No edition has this id")
    public Response calendar(@PathParam("id") UUID id) {
        Edition edition = editions.require(id);
        return Response.ok(DeadlineCalendar.of(edition), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + edition.program.code() + "-" + edition.year + ".ics\"")
                .build();
    }

    @POST
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an edition", description = "Staff only. One edition per program and year.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "409", description = "The program already has an edition that year")
    public Response open(@NotNull @Valid NewEdition request, @Context UriInfo uri) {
        Edition edition = editions.open(request);
        return Response.created(urls.created(uri, edition.id))
                .entity(EditionView.of(edition, editions.now())).build();
    }

    private static <E extends Enum<E> & Coded> E parse(Class<E> type, String code, String parameter) {
        try {
            return Coded.ofCode(type, code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "'" + code + "' is not a known " + parameter);
        }
    }
}

package org.jewelers.competition.edition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.jewelers.audit.AuditEntry;
import org.jewelers.web.Coded;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

@Path("/api/v1/editions")
@Tag(name = "Editions", description = "The programs' yearly editions, their categories and deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {


    private final Editions editions;
    private final EditionUpkeep upkeep;
    private final EditionHistory history;
    private final Cacheable cacheable;
    private final PublicUrls urls;
    private final Caller caller;

    EditionResource(Editions editions, EditionUpkeep upkeep, EditionHistory history, Cacheable cacheable,
                    PublicUrls urls, Caller caller) {
        this.urls = urls;
        this.editions = editions;
        this.upkeep = upkeep;
        this.history = history;
        this.cacheable = cacheable;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listEditions",
            summary = "Editions", description = "Public. By default the open and upcoming editions, soonest deadline first.")
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
    @Operation(operationId = "getEdition",
            summary = "One edition", description = "Public: categories or lists, entry window and dates. "
            + "The answer's ETag, sent back in If-Match, makes a change apply only to the copy read.")
    @APIResponse(responseCode = "200", description = "The edition", content = @Content(schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "404", description = "No edition has this id")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return cacheable.ok(request, EditionView.of(editions.require(id), editions.now()), Freshness.CATALOGUE);
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(operationId = "getEditionCalendar", summary = "An edition's deadlines as iCalendar",
            description = "Public. Entry window, deadline and other dates, in the edition's own time zone. Each event "
                    + "keeps its UID; SEQUENCE grows with every change of the edition, so that calendars update "
                    + "the events they hold.")
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
    @Operation(operationId = "createEdition",
            summary = "Open an edition", description = "Staff only. One edition per program and year.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "409", description = "The program already has an edition that year")
    public Response open(@NotNull @Valid NewEdition request, @Context UriInfo uri) {
        Edition edition = editions.open(request, caller.subject());
        return Response.created(urls.created(uri, edition.id))
                .entity(EditionView.of(edition, editions.now())).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateEdition", summary = "Change an edition",
            description = "Staff only. Absent fields stay as they are; lists given replace the whole list. The "
                    + "categories are the full desired list by code: new codes are added, known ones take the "
                    + "values sent, codes left out are removed; a code never changes. With If-Match (the ETag of "
                    + "GET), only the copy read is changed. Every change is in the edition's history.")
    @APIResponse(responseCode = "200", description = "The changed edition",
            content = @Content(schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "404", description = "No edition has this id")
    @APIResponse(responseCode = "409", description = "The change would strand submitted entries or nominations "
            + "(entryIds, nominationIds), or move the close past entrants' extended deadlines (extensions)")
    @APIResponse(responseCode = "412", description = "If-Match names another copy of the edition than the current")
    public Response update(@PathParam("id") UUID id, @NotNull @Valid EditionPatch patch, @Context Request request) {
        Edition edition = upkeep.update(id, patch, caller.subject(), current -> {
            if (request.evaluatePreconditions(cacheable.tag(EditionView.of(current, editions.now()))) != null) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        "The edition changed since the copy your If-Match names; read it again");
            }
        });
        EditionView view = EditionView.of(edition, editions.now());
        return Response.ok(view).tag(cacheable.tag(view)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed("staff")
    @Operation(operationId = "getEditionHistory", summary = "An edition's change history",
            description = "Staff only. Newest first: who changed which settings, from what to what, and when.")
    @APIResponse(responseCode = "200", description = "One page of the edition's history")
    @APIResponse(responseCode = "404", description = "No edition has this id")
    public Page<AuditEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        editions.require(id);
        return history.of(id, paging.page, paging.size);
    }

    private static <E extends Enum<E> & Coded> E parse(Class<E> type, String code, String parameter) {
        try {
            return Coded.ofCode(type, code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "'" + code + "' is not a known " + parameter);
        }
    }
}

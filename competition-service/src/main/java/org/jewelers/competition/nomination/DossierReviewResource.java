package org.jewelers.competition.nomination;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;

@Path("/api/v1/review/dossiers")
@Tag(name = "Review")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class DossierReviewResource {

    private final Dossiers dossiers;
    private final Nominations nominations;
    private final Honorees honorees;
    private final Caller caller;

    DossierReviewResource(Dossiers dossiers, Nominations nominations, Honorees honorees, Caller caller) {
        this.dossiers = dossiers;
        this.nominations = nominations;
        this.honorees = honorees;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "20 Under 40 dossiers", description = "One per nominee (email) and edition, with every "
            + "submitted nomination of them; oldest first.")
    @APIResponse(responseCode = "200", description = "One page of dossiers")
    public Page<DossierView> list(@QueryParam("edition") @Parameter(description = "Edition id") UUID edition,
                                  @QueryParam("list") @Parameter(description = "List code", example = "retail") String list,
                                  @QueryParam("honoree") @Parameter(description = "true: only confirmed honorees; "
                                          + "false: only the others") Boolean honoree,
                                  @BeanParam @Valid PageRequest paging) {
        Page<Dossier> page = dossiers.search(edition, list, honoree, paging.page, paging.size);
        Map<UUID, List<Nomination>> byDossier = page.items().isEmpty() ? Map.of()
                : nominations.list("dossier.id in ?1", Sort.by("createdAt").and("id"),
                        page.items().stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(n -> n.dossier.id));
        return page.map(d -> DossierView.of(d, byDossier.getOrDefault(d.id, List.of())));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dossier", description = "The nominee and every submitted nomination of them.")
    @APIResponse(responseCode = "200", description = "The dossier", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "404", description = "No dossier has this id")
    public DossierView get(@PathParam("id") UUID id) {
        Dossier dossier = dossiers.require(id);
        return DossierView.of(dossier, nominations.inDossier(id));
    }

    @POST
    @Path("/{id}/honoree")
    @Operation(summary = "Confirm the nominee as an honoree",
            description = "Needs a nomination in the dossier screened eligible; at most 20 honorees per list and "
                    + "edition. Grants the award once, announced on competition.awards.v1 "
                    + "(competition.award.granted, program 20-under-40, the list as its category) with the public "
                    + "citation: honoree name, job title (from the newest eligible nomination), employer name and "
                    + "city. Confirming again answers the same award and announces nothing.")
    @APIResponse(responseCode = "201", description = "Confirmed now", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "200", description = "Confirmed before; nothing changed", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "404", description = "No dossier has this id")
    @APIResponse(responseCode = "409", description = "No nomination in the dossier is screened eligible, the list "
            + "already has its 20 honorees, or the employer is unknown to the competition")
    public Response confirm(@PathParam("id") UUID id) {
        Honorees.Confirmation confirmation = honorees.confirm(id, caller.subject());
        DossierView view = DossierView.of(confirmation.dossier(), nominations.inDossier(id));
        return Response.status(confirmation.granted() ? 201 : 200).entity(view).build();
    }
}

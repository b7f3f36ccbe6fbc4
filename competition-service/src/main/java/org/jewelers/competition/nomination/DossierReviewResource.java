package org.jewelers.competition.nomination;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import org.jewelers.audit.AuditEntry;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;

@Path("/api/v1/review/dossiers")
@Tag(name = "Review")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class DossierReviewResource {

    private final Dossiers dossiers;
    private final Nominations nominations;
    private final DossierHistory history;

    DossierReviewResource(Dossiers dossiers, Nominations nominations, DossierHistory history) {
        this.dossiers = dossiers;
        this.nominations = nominations;
        this.history = history;
    }

    @GET
    @Operation(operationId = "listDossiers",
            summary = "20 Under 40 dossiers", description = "One per nominee (email) and edition, with every "
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
    @Operation(operationId = "getDossier",
            summary = "One dossier", description = "The nominee and every submitted nomination of them.")
    @APIResponse(responseCode = "200", description = "The dossier", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "404", description = "No dossier has this id")
    public DossierView get(@PathParam("id") UUID id) {
        Dossier dossier = dossiers.require(id);
        return DossierView.of(dossier, nominations.inDossier(id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getDossierHistory",
            summary = "A dossier's history", description = "What staff decided about the dossier, newest first: "
            + "its confirmation as an honoree, with the citation and, for a nominee outside the list's top places, "
            + "the reason given.")
    @APIResponse(responseCode = "200", description = "One page of the dossier's history")
    @APIResponse(responseCode = "404", description = "No dossier has this id")
    public Page<AuditEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        dossiers.require(id);
        return history.of(id, paging.page, paging.size);
    }
}

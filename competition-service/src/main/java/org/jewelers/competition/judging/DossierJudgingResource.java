package org.jewelers.competition.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.submission.StoredFiles;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;

/**
 * A judge's dossiers in a 20 Under 40 round: the same assignments, scores and recusals as CASE entries, answered as
 * {@link BlindDossier}, so that nothing here can name a nominator.
 */
@Path("/api/v1/judging/rounds/{roundId}/dossiers")
@Tag(name = "Judging")
@RolesAllowed("judge")
@Produces(MediaType.APPLICATION_JSON)
public class DossierJudgingResource {

    private final Assignments assignments;
    private final DossierViews views;
    private final Caller caller;

    DossierJudgingResource(Assignments assignments, DossierViews views, Caller caller) {
        this.assignments = assignments;
        this.views = views;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDossiersForJudging",
            summary = "Your dossiers in a 20 Under 40 round", description = "One per nominee: their name, job "
            + "title, employer, essays and photo, and your scores; never who nominated them. By list, then in order "
            + "of nomination. The first time you are shown them is recorded, as for entries.")
    @APIResponse(responseCode = "200", description = "One page of your dossiers in the round")
    public Page<BlindDossier> dossiers(@PathParam("roundId") UUID roundId, @BeanParam @Valid PageRequest paging) {
        Page<Assignment> page = assignments.ofJudge(Judged.DOSSIERS, roundId, caller.subject(), caller.memberId(),
                paging.page, paging.size);
        return new Page<>(views.of(page.items()), page.total(), page.page(), page.size());
    }

    @GET
    @Path("/{dossierId}")
    @Operation(operationId = "getDossierForJudging", summary = "One of your dossiers", description = "As in the list.")
    @APIResponse(responseCode = "200", description = "The nominee, without their nominators")
    @APIResponse(responseCode = "404", description = "The dossier is not yours to judge in this round (or you "
            + "recused from it)")
    public BlindDossier dossier(@PathParam("roundId") UUID roundId, @PathParam("dossierId") UUID dossierId) {
        return views.of(mine(roundId, dossierId));
    }

    @GET
    @Path("/{dossierId}/photo")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "getDossierPhotoForJudging",
            summary = "The nominee's photo", description = "As stored: identifying metadata was removed at "
            + "upload. No file name is sent.")
    @APIResponse(responseCode = "200", description = "The photo",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "Not your dossier in this round")
    public Response photo(@PathParam("roundId") UUID roundId, @PathParam("dossierId") UUID dossierId) {
        return StoredFiles.answer(views.photo(mine(roundId, dossierId))).build();
    }

    @PUT
    @Path("/{dossierId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scoreDossier",
            summary = "Score one of your dossiers", description = "Any criteria of the round's rubric, each on "
            + "its scale; send again to revise, until the round closes.")
    @APIResponse(responseCode = "200", description = "The dossier with your scores",
            content = @Content(schema = @Schema(implementation = BlindDossier.class)))
    @APIResponse(responseCode = "404", description = "Not your dossier in this round")
    @APIResponse(responseCode = "409", description = "The round is not open: it has not opened yet or has closed")
    @Transactional // the answer is read in the scoring transaction, whose entities are detached after it
    public BlindDossier score(@PathParam("roundId") UUID roundId, @PathParam("dossierId") UUID dossierId,
                              @NotNull @Valid ScoreSheet sheet) {
        return views.of(assignments.score(Judged.DOSSIERS, roundId, dossierId, caller.subject(), caller.memberId(),
                sheet.scores()));
    }

    @POST
    @Path("/{dossierId}/recusal")
    @Operation(operationId = "recuseFromDossier",
            summary = "Recuse yourself from one dossier", description = "The dossier leaves your list and your "
            + "scores of it are dropped; staff see the recusal and may assign another judge.")
    @APIResponse(responseCode = "204", description = "Recused")
    @APIResponse(responseCode = "404", description = "Not your dossier in this round")
    public Response recuse(@PathParam("roundId") UUID roundId, @PathParam("dossierId") UUID dossierId) {
        assignments.recuse(Judged.DOSSIERS, roundId, dossierId, caller.subject(), caller.memberId());
        return Response.noContent().build();
    }

    private Assignment mine(UUID roundId, UUID dossierId) {
        return assignments.ofJudge(Judged.DOSSIERS, roundId, dossierId, caller.subject(), caller.memberId());
    }
}

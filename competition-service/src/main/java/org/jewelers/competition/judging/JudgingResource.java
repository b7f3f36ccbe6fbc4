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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.entry.EntryImage;
import org.jewelers.competition.entry.EntryImages;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.competition.submission.StoredFiles;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.Problem;

/**
 * Everything a judge can call. Judging is blind: every answer is built from {@link BlindEntry} and the round, so
 * nothing here can name an entrant, their firm or their files.
 */
@Path("/api/v1/judging")
@Tag(name = "Judging", description = "Judges: their entries, shown blind, their scores, conflicts and recusals")
@RolesAllowed("judge")
@Produces(MediaType.APPLICATION_JSON)
public class JudgingResource {

    private final Assignments assignments;
    private final Conflicts conflicts;
    private final EntryImages images;
    private final Clock clock;
    private final Caller caller;

    JudgingResource(Assignments assignments, Conflicts conflicts, EntryImages images, Clock clock, Caller caller) {
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.images = images;
        this.clock = clock;
        this.caller = caller;
    }

    @GET
    @Path("/rounds")
    @Operation(operationId = "listJudgingRounds",
            summary = "Your rounds", description = "The rounds in which you have entries (CASE) or dossiers "
            + "(20 Under 40) to judge, with their rubric and dates.")
    @APIResponse(responseCode = "200", description = "The rounds you judge")
    public List<RoundView> rounds() {
        return assignments.roundsOf(caller.subject()).stream().map(r -> RoundView.of(r, clock.instant())).toList();
    }

    @GET
    @Path("/rounds/{roundId}/entries")
    @Operation(operationId = "listEntriesForJudging",
            summary = "Your entries in a round", description = "Blind: the piece, its category's value band, its "
            + "images and your scores; never the entrant, the firm or file names. By category, then in order of entry. "
            + "The first time you are shown a round's entries is recorded: from then on you recuse per entry rather "
            + "than declare a tie.")
    @APIResponse(responseCode = "200", description = "One page of your entries in the round, without the entrants' names")
    public Page<BlindEntry> entries(@PathParam("roundId") UUID roundId, @BeanParam @Valid PageRequest paging) {
        Page<Assignment> page = assignments.ofJudge(Judged.ENTRIES, roundId, caller.subject(), caller.memberId(),
                paging.page, paging.size);
        Map<UUID, List<EntryImage>> pictured = images.of(page.items().stream().map(a -> a.entry.id).toList());
        return page.map(a -> BlindEntry.of(a, pictured.getOrDefault(a.entry.id, List.of())));
    }

    @GET
    @Path("/rounds/{roundId}/entries/{entryId}")
    @Operation(operationId = "getEntryForJudging",
            summary = "One of your entries", description = "Blind, as in the list.")
    @APIResponse(responseCode = "404", description = "The entry is not yours to judge in this round (or you recused "
            + "from it, or declared a tie to its firm before it was shown to you)")
    @APIResponse(responseCode = "200", description = "The entry, without the entrant's name")
    public BlindEntry entry(@PathParam("roundId") UUID roundId, @PathParam("entryId") UUID entryId) {
        return blind(assignments.ofJudge(Judged.ENTRIES, roundId, entryId, caller.subject(), caller.memberId()));
    }

    @GET
    @Path("/rounds/{roundId}/entries/{entryId}/images/{imageId}")
    @Produces({"image/jpeg", "image/png", "image/webp", "application/pdf"})
    @Operation(operationId = "getEntryImageForJudging", summary = "An image of one of your entries, full size",
            description = "As stored: identifying metadata was removed at upload. No file name is sent.")
    @APIResponse(responseCode = "200", description = "The file",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "Not your entry in this round, or no such image of it")
    public Response image(@PathParam("roundId") UUID roundId, @PathParam("entryId") UUID entryId,
                          @PathParam("imageId") UUID imageId) {
        assignments.ofJudge(Judged.ENTRIES, roundId, entryId, caller.subject(), caller.memberId());
        return StoredFiles.answer(images.file(entryId, imageId, false)).build();
    }

    @GET
    @Path("/rounds/{roundId}/entries/{entryId}/images/{imageId}/thumbnail")
    @Produces("image/jpeg")
    @Operation(operationId = "getEntryImageThumbnailForJudging",
            summary = "An image of one of your entries, as a thumbnail",
            description = "A JPEG of at most 320 pixels a side.")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Not your entry in this round, or no such image of it")
    public Response thumbnail(@PathParam("roundId") UUID roundId, @PathParam("entryId") UUID entryId,
                              @PathParam("imageId") UUID imageId) {
        assignments.ofJudge(Judged.ENTRIES, roundId, entryId, caller.subject(), caller.memberId());
        return StoredFiles.answer(images.file(entryId, imageId, true)).build();
    }

    @PUT
    @Path("/rounds/{roundId}/entries/{entryId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scoreEntry",
            summary = "Score one of your entries", description = "Any criteria of the round's rubric, each on "
            + "its scale; send again to revise, until the round closes.")
    @APIResponse(responseCode = "200", description = "The entry with your scores",
            content = @Content(schema = @Schema(implementation = BlindEntry.class)))
    @APIResponse(responseCode = "404", description = "Not your entry in this round")
    @APIResponse(responseCode = "409", description = "The round is not open: it has not opened yet or has closed")
    @Transactional // the answer is read in the scoring transaction, whose entities are detached after it
    public BlindEntry score(@PathParam("roundId") UUID roundId, @PathParam("entryId") UUID entryId,
                            @NotNull @Valid ScoreSheet sheet) {
        return blind(assignments.score(Judged.ENTRIES, roundId, entryId, caller.subject(), caller.memberId(),
                sheet.scores()));
    }

    @POST
    @Path("/rounds/{roundId}/entries/{entryId}/recusal")
    @Operation(operationId = "recuseFromEntry",
            summary = "Recuse yourself from one entry", description = "The entry leaves your list and your "
            + "scores of it are dropped; staff see the recusal and may assign another judge.")
    @APIResponse(responseCode = "204", description = "Recused")
    @APIResponse(responseCode = "404", description = "Not your entry in this round")
    public Response recuse(@PathParam("roundId") UUID roundId, @PathParam("entryId") UUID entryId) {
        assignments.recuse(Judged.ENTRIES, roundId, entryId, caller.subject(), caller.memberId());
        return Response.noContent().build();
    }

    @GET
    @Path("/conflicts")
    @Operation(operationId = "getJudgeConflicts", summary = "The firms you declared ties to",
            description = "The member firms you declared ties to; their entries and nominees are never shown to you.")
    @APIResponse(responseCode = "200", description = "Your declared ties")
    public ConflictDeclaration conflicts() {
        return new ConflictDeclaration(conflicts.of(caller.subject()));
    }

    @PUT
    @Path("/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareJudgeConflicts",
            summary = "Declare the firms you are tied to", description = "Before you are shown any entry: "
            + "replaces your declaration, and entries from these firms are then never assigned or shown to you "
            + "(assignments you already had to them, in rounds not yet opened, are removed). Once you have been "
            + "shown the entries of a round (you listed or opened them, or the round opened) and until its "
            + "edition's finals close, a change is refused, since the firms' entries would vanish from the list you "
            + "saw: recuse from each such entry instead. Sending the declaration you already have changes nothing.")
    @APIResponse(responseCode = "200", description = "Your ties, as now declared")
    @APIResponse(responseCode = "409", description = "You have been shown entries of an edition still being judged "
            + "(type conflicts-after-entries-shown); the detail names the recusal route",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public ConflictDeclaration declare(@NotNull @Valid ConflictDeclaration declaration) {
        Set<UUID> declared = conflicts.declare(caller.subject(), declaration.memberIds());
        return new ConflictDeclaration(declared);
    }

    private BlindEntry blind(Assignment assignment) {
        return BlindEntry.of(assignment, images.of(assignment.entry.id));
    }
}

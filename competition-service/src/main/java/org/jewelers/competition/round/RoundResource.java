package org.jewelers.competition.round;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.audit.AuditEntry;
import org.jewelers.competition.judging.AssignmentView;
import org.jewelers.competition.judging.Assignments;
import org.jewelers.competition.judging.NewRound;
import org.jewelers.competition.judging.Progress;
import org.jewelers.competition.judging.Round;
import org.jewelers.competition.judging.RoundView;
import org.jewelers.competition.judging.Rounds;
import org.jewelers.competition.judging.Stage;
import org.jewelers.competition.judging.Standings;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.competition.results.AwardView;
import org.jewelers.competition.results.WinnerChoice;
import org.jewelers.competition.results.Winners;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * What staff call to run an edition's rounds, from opening them to confirming the winners. It sits on top of both
 * judging and results, so that judging, which results build on, never depends on them.
 */
@Path("/api/v1/rounds")
@Tag(name = "Rounds", description = "Staff: judging rounds, their rubric, finalists, judges and progress")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No round has this id")
public class RoundResource {

    private final Rounds rounds;
    private final Assignments assignments;
    private final Winners winners;
    private final FinalistConfirmations confirmations;
    private final RoundHistory history;
    private final Clock clock;
    private final Caller caller;

    RoundResource(Rounds rounds, Assignments assignments, Winners winners, FinalistConfirmations confirmations,
                  RoundHistory history, Clock clock, Caller caller) {
        this.rounds = rounds;
        this.assignments = assignments;
        this.winners = winners;
        this.confirmations = confirmations;
        this.history = history;
        this.clock = clock;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRound",
            summary = "Open a round", description = "Pre-judging takes every accepted entry of the edition; the "
            + "finals take the finalists staff choose. One round of each stage per edition.")
    @APIResponse(responseCode = "201", description = "The round", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = "The edition already has a round of this stage")
    public Response open(@NotNull @Valid NewRound request) {
        return Response.status(201).entity(RoundView.forStaff(rounds.open(request), clock.instant())).build();
    }

    @GET
    @Operation(operationId = "listRounds", summary = "An edition's rounds", description = "In the order they open.")
    @APIResponse(responseCode = "200", description = "One page of the edition's rounds")
    public Page<RoundView> list(@QueryParam("edition") @NotNull @Parameter(required = true, description = "Edition id") UUID edition,
                                @BeanParam @Valid PageRequest paging) {
        List<RoundView> all = rounds.ofEdition(edition).stream().map(r -> RoundView.forStaff(r, clock.instant())).toList();
        return paging.of(all);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRound", summary = "One round",
            description = "Its stage, scoring scale and criteria, when it opens and closes and, for the "
                    + "finals, the confirmed finalists.")
    @APIResponse(responseCode = "200", description = "The round")
    public RoundView get(@PathParam("id") UUID id) {
        return RoundView.forStaff(rounds.require(id), clock.instant());
    }

    @PUT
    @Path("/{id}/finalists")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chooseFinalists",
            summary = "Choose the finalists", description = "Replaces the finals' entries; each must be an "
            + "accepted entry of the edition. Only until the finalists are confirmed.")
    @APIResponse(responseCode = "409", description = "The round is not the finals, or its finalists are confirmed")
    @APIResponse(responseCode = "200", description = "The round with its finalists")
    @Transactional // the answer reads the rubric in the same transaction, before the round is detached
    public RoundView finalists(@PathParam("id") UUID id, @NotNull @Valid Finalists finalists) {
        return RoundView.forStaff(rounds.advance(id, finalists.entryIds()), clock.instant());
    }

    @POST
    @Path("/{id}/finalists/confirmation")
    @Operation(operationId = "confirmFinalists",
            summary = "Confirm the finalists", description = "Once: the finals' finalists are confirmed now (the "
            + "round's finalistsConfirmedAt, and each finalist's confirmedAt), which notices to finalists and the "
            + "custody of their pieces start from. After it the set is no longer replaced (choosing them and "
            + "advancing answer 409): finalists are added, or removed with a reason. Confirming again changes "
            + "nothing and answers the same. Kept in the round's history and each entry's.")
    @APIResponse(responseCode = "200", description = "The round with its confirmed finalists")
    @APIResponse(responseCode = "409", description = "The round is not the finals, or has no finalists")
    @Transactional // the answer reads the round's collections in the same transaction
    public RoundView confirmFinalists(@PathParam("id") UUID id) {
        return RoundView.forStaff(confirmations.confirm(id, caller.subject()), clock.instant());
    }

    @POST
    @Path("/{id}/finalists")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addFinalists",
            summary = "Add confirmed finalists", description = "After the confirmation, before the winners: "
            + "each entry (an accepted entry of the edition) becomes a finalist confirmed now; entries already "
            + "finalists keep their confirmation time.")
    @APIResponse(responseCode = "200", description = "The round with its finalists")
    @APIResponse(responseCode = "409", description = "The round is not the finals, its finalists are not confirmed "
            + "yet, or its winners are")
    @Transactional
    public RoundView addFinalists(@PathParam("id") UUID id, @NotNull @Valid Finalists finalists) {
        return RoundView.forStaff(confirmations.add(id, finalists.entryIds(), caller.subject()), clock.instant());
    }

    @DELETE
    @Path("/{id}/finalists/{entryId}")
    @Operation(operationId = "removeFinalist",
            summary = "Remove a confirmed finalist", description = "After the confirmation, before the winners, "
            + "and only with a reason, kept in the round's history and the entry's: the entry is no longer a "
            + "finalist and cannot win.")
    @APIResponse(responseCode = "200", description = "The round with its remaining finalists")
    @APIResponse(responseCode = "404", description = "No round has this id, or the entry is not one of its finalists")
    @APIResponse(responseCode = "409", description = "The round is not the finals, its finalists are not confirmed "
            + "yet, or its winners are")
    @Transactional
    public RoundView removeFinalist(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId,
                                    @QueryParam("reason") @NotBlank @Size(max = 1000)
                                    @Parameter(required = true, description = "Why the finalist leaves the finals",
                                            example = "The piece was sold before the finals") String reason) {
        return RoundView.forStaff(confirmations.remove(id, entryId, reason.strip(), caller.subject()), clock.instant());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getRoundHistory",
            summary = "A round's history", description = "What staff did to its finalists once confirmed, newest "
            + "first: the confirmation, additions and removals with their reason, each naming the finalists before "
            + "and after.")
    @APIResponse(responseCode = "200", description = "One page of the round's history")
    public Page<AuditEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        rounds.require(id);
        return history.of(id, paging.page, paging.size);
    }

    @POST
    @Path("/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignJudges",
            summary = "Assign judges to a category", description = "By hand (`judge`): the judge gets every entry "
            + "of the category. Automatically (`judges` and `judgesPerEntry`): each entry gets that many judges, each "
            + "time the least loaded in the round, so loads differ by at most one. A 20 Under 40 round judges "
            + "dossiers instead, one per nominee with a nomination screened eligible, and `category` names the list. "
            + "Only judges on the edition's roster are assigned. Either way, a judge never gets an entry from a firm "
            + "they declared a tie to or work at (as the roster says), nor a nominee any of whose nominations names "
            + "such a firm as employer; existing assignments stay.")
    @APIResponse(responseCode = "200", description = "How many assignments were added")
    @APIResponse(responseCode = "409", description = "A judge is not on the edition's roster (type "
            + "judge-not-on-roster); the detail names them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public Map<String, Integer> assign(@PathParam("id") UUID id, @NotNull @Valid JudgeAssignment request) {
        boolean byHand = request.judge() != null;
        boolean automatic = request.judges() != null || request.judgesPerEntry() != null;
        if (byHand == automatic) {
            throw ProblemException.invalid("judge", "send either judge, or judges with judgesPerEntry");
        }
        if (byHand) {
            return Map.of("added", assignments.assign(id, request.category(), request.judge().strip()));
        }
        if (request.judges() == null || request.judges().isEmpty() || request.judgesPerEntry() == null) {
            throw ProblemException.invalid("judges", "automatic assignment needs judges and judgesPerEntry");
        }
        return Map.of("added", assignments.distribute(id, request.category(), request.judges(), request.judgesPerEntry()));
    }

    @GET
    @Path("/{id}/assignments")
    @Operation(operationId = "listRoundAssignments",
            summary = "A round's assignments", description = "By category, then judge.")
    @APIResponse(responseCode = "200", description = "One page of the round's assignments")
    public Page<AssignmentView> assignments(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        rounds.require(id);
        List<AssignmentView> all = assignments.ofRound(id).stream().map(AssignmentView::of).toList();
        return paging.of(all);
    }

    @GET
    @Path("/{id}/results")
    @Operation(operationId = "getRoundResults",
            summary = "A round's results", description = "Per category (per list of a 20 Under 40 round, whose "
            + "ranks name dossiers), entries ranked by their normalised score: "
            + "each judge's weighted means as z-scores over that judge's entries, averaged over the entry's judges. A "
            + "judge with fewer than 3 complete scores or no spread is listed in uncalibratedJudges, their weighted "
            + "means placed around the scale's middle in half-ranges instead. Only complete, unrecused scores count.")
    @APIResponse(responseCode = "200", description = "The round's standings")
    public Standings results(@PathParam("id") UUID id) {
        return Standings.of(rounds.require(id), assignments.ofRound(id));
    }

    @POST
    @Path("/{id}/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "advanceToFinals",
            summary = "Advance the best of pre-judging to the finals", description = "The top N of each category "
            + "by this round's results become the finalists of the edition's finals round, replacing any chosen "
            + "before; entries tied at the cut-off all advance. Only until the finals' finalists are confirmed.")
    @APIResponse(responseCode = "200", description = "The finalists", content = @Content(schema = @Schema(implementation = Finalists.class)))
    @APIResponse(responseCode = "409", description = "The round is not pre-judging, the edition has no finals round "
            + "yet, or its finalists are confirmed")
    public Finalists advance(@PathParam("id") UUID id, @NotNull @Valid Advancement advancement) {
        Round round = rounds.require(id);
        if (round.stage != Stage.PRE_JUDGING) {
            throw ProblemException.conflict("Entries advance from pre-judging; this round is " + round.stage.code());
        }
        Round finals = rounds.ofEdition(round.edition.id).stream().filter(r -> r.stage == Stage.FINALS).findFirst()
                .orElseThrow(() -> ProblemException.conflict(round.edition.title + " has no finals round yet"));
        Set<UUID> advancing = new LinkedHashSet<>();
        Standings.of(round, assignments.ofRound(id)).categories().forEach(c -> c.entries().stream()
                .filter(e -> e.rank() <= advancement.perCategory()).forEach(e -> advancing.add(e.entryId())));
        return new Finalists(rounds.advance(finals.id, advancing).finalists);
    }

    @POST
    @Path("/{id}/winners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmWinners",
            summary = "Confirm the winners", description = "After the finals close: one finalist per category, "
            + "and for each division's Best in Show a finalist of that division. Winners become winner, the other "
            + "finalists finalist and every other accepted entry not selected (entry.result-decided on "
            + "competition.entries.v1); each award is announced as competition.award.granted on "
            + "competition.awards.v1 and the edition's results are published. Confirming again changes nothing and "
            + "answers the awards granted the first time.")
    @APIResponse(responseCode = "200", description = "The awards")
    @APIResponse(responseCode = "409", description = "Not the finals of a CASE edition, or the finals have not closed")
    public List<AwardView> confirm(@PathParam("id") UUID id, @NotNull @Valid WinnerChoice choice) {
        return winners.confirm(id, choice.winners(), caller.subject());
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "getRoundProgress",
            summary = "Scoring progress", description = "Per judge and per category: assignments, those scored on "
            + "every criterion, and recusals.")
    @APIResponse(responseCode = "200", description = "How far the judges are")
    public Progress progress(@PathParam("id") UUID id) {
        rounds.require(id);
        return Progress.of(assignments.ofRound(id));
    }
}

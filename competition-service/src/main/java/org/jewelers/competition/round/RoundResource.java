package org.jewelers.competition.round;

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
    private final Clock clock;
    private final Caller caller;

    RoundResource(Rounds rounds, Assignments assignments, Winners winners, Clock clock, Caller caller) {
        this.rounds = rounds;
        this.assignments = assignments;
        this.winners = winners;
        this.clock = clock;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a round", description = "Pre-judging takes every accepted entry of the edition; the "
            + "finals take the finalists staff choose. One round of each stage per edition.")
    @APIResponse(responseCode = "201", description = "The round", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = "The edition already has a round of this stage")
    public Response open(@NotNull @Valid NewRound request) {
        return Response.status(201).entity(RoundView.of(rounds.open(request), clock.instant())).build();
    }

    @GET
    @Operation(summary = "An edition's rounds", description = "In the order they open.")
    @APIResponse(responseCode = "200", description = "One page of the edition's rounds")
    public Page<RoundView> list(@QueryParam("edition") @NotNull @Parameter(required = true, description = "Edition id") UUID edition,
                                @BeanParam @Valid PageRequest paging) {
        List<RoundView> all = rounds.ofEdition(edition).stream().map(r -> RoundView.of(r, clock.instant())).toList();
        return paging.of(all);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One round")
    @APIResponse(responseCode = "200", description = "The round")
    public RoundView get(@PathParam("id") UUID id) {
        return RoundView.of(rounds.require(id), clock.instant());
    }

    @PUT
    @Path("/{id}/finalists")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the finalists", description = "Replaces the finals' entries; each must be an "
            + "accepted entry of the edition.")
    @APIResponse(responseCode = "409", description = "The round is not the finals")
    @APIResponse(responseCode = "200", description = "The round with its finalists")
    @Transactional // the answer reads the rubric in the same transaction, before the round is detached
    public RoundView finalists(@PathParam("id") UUID id, @NotNull @Valid Finalists finalists) {
        return RoundView.of(rounds.advance(id, finalists.entryIds()), clock.instant());
    }

    @POST
    @Path("/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign judges to a category", description = "By hand (`judge`): the judge gets every entry "
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
    @Operation(summary = "A round's assignments", description = "By category, then judge.")
    @APIResponse(responseCode = "200", description = "One page of the round's assignments")
    public Page<AssignmentView> assignments(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        rounds.require(id);
        List<AssignmentView> all = assignments.ofRound(id).stream().map(AssignmentView::of).toList();
        return paging.of(all);
    }

    @GET
    @Path("/{id}/results")
    @Operation(summary = "A round's results", description = "Per category (per list of a 20 Under 40 round, whose "
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
    @Operation(summary = "Advance the best of pre-judging to the finals", description = "The top N of each category "
            + "by this round's results become the finalists of the edition's finals round, replacing any chosen "
            + "before; entries tied at the cut-off all advance.")
    @APIResponse(responseCode = "200", description = "The finalists", content = @Content(schema = @Schema(implementation = Finalists.class)))
    @APIResponse(responseCode = "409", description = "The round is not pre-judging, or the edition has no finals round yet")
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
    @Operation(summary = "Confirm the winners", description = "After the finals close: one finalist per category, "
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
    @Operation(summary = "Scoring progress", description = "Per judge and per category: assignments, those scored on "
            + "every criterion, and recusals.")
    @APIResponse(responseCode = "200", description = "How far the judges are")
    public Progress progress(@PathParam("id") UUID id) {
        rounds.require(id);
        return Progress.of(assignments.ofRound(id));
    }
}

package org.jewelers.competition.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.problem.Problem;

/**
 * Staff confirm a round's winners. Among the rounds' routes, as the finals' last step, but served from here: the
 * results depend on the rounds, never the other way round.
 */
@Path("/api/v1/rounds")
@Tag(name = "Rounds")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "A malformed id or an invalid field or parameter; each is named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token lacks the staff role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No round has this id",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WinnersResource {

    private final Winners winners;
    private final JsonWebToken token;

    WinnersResource(Winners winners, JsonWebToken token) {
        this.winners = winners;
        this.token = token;
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
    @APIResponse(responseCode = "409", description = "Not the finals of a CASE edition, or the finals have not closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AwardView> confirm(@PathParam("id") UUID id, @NotNull @Valid WinnerChoice choice) {
        return winners.confirm(id, choice.winners(), token.getSubject());
    }
}

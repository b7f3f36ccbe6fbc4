package org.jewelers.competition.results;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.entry.Entries;
import org.jewelers.competition.entry.EntryStatus;
import org.jewelers.web.problem.ProblemException;

@Path("/api/v1/editions/{id}/results")
@Tag(name = "Editions")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

    private final Editions editions;
    private final Winners winners;
    private final Awards awards;
    private final Entries entries;

    ResultsResource(Editions editions, Winners winners, Awards awards, Entries entries) {
        this.editions = editions;
        this.winners = winners;
        this.awards = awards;
        this.entries = entries;
    }

    @GET
    @Operation(summary = "An edition's results", description = "Public once staff confirmed the winners: the winner "
            + "of each category (Best in Show included) and the other finalists, with piece title and designer.")
    @APIResponse(responseCode = "200", description = "The results", content = @Content(schema = @Schema(implementation = EditionResults.class)))
    @APIResponse(responseCode = "404", description = "No edition has this id, or its results are not published yet")
    public EditionResults results(@PathParam("id") UUID id) {
        editions.require(id);
        if (!winners.confirmed(id)) {
            throw ProblemException.notFound("Results of edition", id);
        }
        return new EditionResults(id, awards.ofEdition(id), entries.list("edition.id = ?1 and status = ?2",
                        Sort.by("category").and("id"), id, EntryStatus.FINALIST).stream()
                .map(e -> new EditionResults.Finalist(e.id, e.category, e.title, e.designerName)).toList());
    }
}

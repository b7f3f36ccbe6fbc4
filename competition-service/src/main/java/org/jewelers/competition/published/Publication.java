package org.jewelers.competition.published;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.edition.Program;
import org.jewelers.competition.results.Winners;
import org.jewelers.web.problem.ProblemException;

/**
 * The one gate of every public results answer, images and photos included: an edition's results are public from
 * its publication time (never while it is unset), and a CASE edition's only once staff confirmed its winners.
 * Before that each answer is 404, as if there were nothing to show.
 */
@ApplicationScoped
public class Publication {

    private final Clock clock;
    private final Editions editions;
    private final Winners winners;

    Publication(Clock clock, Editions editions, Winners winners) {
        this.clock = clock;
        this.editions = editions;
        this.winners = winners;
    }

    /** The edition, when its results are public now. */
    public Edition requirePublished(UUID editionId) {
        Edition edition = editions.findByIdOptional(editionId).orElse(null);
        if (edition == null || !edition.resultsPublicAt(clock.instant())
                || edition.program == Program.CASE_AWARDS && !winners.confirmed(editionId)) {
            throw ProblemException.notFound("Results of edition", editionId);
        }
        return edition;
    }
}

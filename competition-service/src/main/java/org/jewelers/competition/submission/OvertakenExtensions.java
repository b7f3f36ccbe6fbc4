package org.jewelers.competition.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.EditionGuard;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.problem.ProblemException;

/**
 * Refuses moving an edition's close past the end of an entrant's extension: the entrant staff helped would be left
 * with an earlier deadline than everyone else. Staff move (or let lapse) the extension first, on its own endpoint.
 */
@ApplicationScoped
class OvertakenExtensions implements EditionGuard {

    private final Windows windows;

    OvertakenExtensions(Windows windows) {
        this.windows = windows;
    }

    @Override
    public void check(Edition edition, Proposal proposed) {
        if (!proposed.closeMoves(edition)) {
            return;
        }
        List<ExtensionView> overtaken = windows.of(edition).stream()
                .filter(extension -> extension.until.isBefore(proposed.closesAt()))
                .sorted(Comparator.comparing((Extension extension) -> extension.until)
                        .thenComparing(extension -> extension.key.subject))
                .map(extension -> ExtensionView.of(extension, edition)).toList();
        if (!overtaken.isEmpty()) {
            throw new ProblemException(CompetitionProblem.EXTENSIONS_OVERTAKEN, overtaken.size() == 1
                    ? "1 entrant's extension ends before the new close; move it first"
                    : overtaken.size() + " entrants' extensions end before the new close; move them first")
                    .with("extensions", overtaken);
        }
    }
}

package org.jewelers.competition.nomination;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.EditionGuard;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.problem.ProblemException;

/** Refuses removing a 20 Under 40 list that submitted nominations are on; drafts choose again at submit. */
@ApplicationScoped
class StrandedNominations implements EditionGuard {

    /** Nominations past the nominator's submit that staff have not turned away. */
    static final List<NominationStatus> STANDING = List.of(NominationStatus.AWAITING_CONSENT,
            NominationStatus.SUBMITTED, NominationStatus.ACCEPTED);

    private final Nominations nominations;

    StrandedNominations(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public void check(Edition edition, Proposal proposed) {
        if (proposed.categories() == null) {
            return;
        }
        List<UUID> stranded = nominations.list("edition.id = ?1 and status in ?2", Sort.by("createdAt").and("id"),
                        edition.id, STANDING).stream()
                .filter(nomination -> proposed.categories().stream().noneMatch(c -> c.code.equals(nomination.list)))
                .map(nomination -> nomination.id).toList();
        if (!stranded.isEmpty()) {
            throw new ProblemException(CompetitionProblem.SUBMISSIONS_STRANDED, stranded.size() == 1
                    ? "1 submitted nomination would lose its list" : stranded.size() + " submitted nominations would lose their list")
                    .with("nominationIds", stranded);
        }
    }
}

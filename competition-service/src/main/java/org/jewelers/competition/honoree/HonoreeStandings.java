package org.jewelers.competition.honoree;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.jewelers.competition.judging.Assignments;
import org.jewelers.competition.judging.Round;
import org.jewelers.competition.judging.Rounds;
import org.jewelers.competition.judging.Standings;
import org.jewelers.competition.nomination.Dossier;

/** Where a dossier stands among its list in the standings of its edition's latest closed round. */
@ApplicationScoped
public class HonoreeStandings {

    /** A list's honorees, unless its edition says otherwise. */
    static final int PER_LIST = 20;

    private final Clock clock;
    private final Rounds rounds;
    private final Assignments assignments;

    HonoreeStandings(Clock clock, Rounds rounds, Assignments assignments) {
        this.clock = clock;
        this.rounds = rounds;
        this.assignments = assignments;
    }

    /** The number of honorees of the dossier's list. */
    static int places(Dossier dossier) {
        return dossier.edition.categories.stream().filter(c -> c.code.equals(dossier.list) && c.honorees != null)
                .map(c -> c.honorees).findFirst().orElse(PER_LIST);
    }

    /**
     * Null when the dossier ranks within the list's top {@code places} in the latest closed round; otherwise why not,
     * in words for staff.
     */
    String placing(Dossier dossier, int places) {
        Instant now = clock.instant();
        Optional<Round> closed = rounds.ofEdition(dossier.edition.id).stream().filter(r -> !r.closesAt.isAfter(now))
                .max(Comparator.comparing((Round r) -> r.closesAt));
        if (closed.isEmpty()) {
            return "No round of " + dossier.edition.title + " has closed, so no standings place "
                    + dossier.nomineeName;
        }
        Optional<Integer> rank = Standings.of(closed.get(), assignments.ofRound(closed.get().id)).categories().stream()
                .filter(c -> c.category().equals(dossier.list)).flatMap(c -> c.entries().stream())
                .filter(r -> dossier.id.equals(r.dossierId())).map(Standings.Ranked::rank).findFirst();
        if (rank.isEmpty()) {
            return dossier.nomineeName + " has no complete score in round " + closed.get().id;
        }
        return rank.get() <= places ? null : dossier.nomineeName + " ranks " + rank.get() + " in the " + dossier.list
                + " list, outside its " + places + " honorees";
    }
}

package org.jewelers.competition.judging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.problem.ProblemException;

/** The firms judges declared ties to. */
@ApplicationScoped
public class Conflicts implements PanacheRepositoryBase<Conflict, Conflict.Key> {

    private final Clock clock;
    private final FirstLooks looks;

    Conflicts(Clock clock, FirstLooks looks) {
        this.clock = clock;
        this.looks = looks;
    }

    /**
     * Replaces the judge's declaration, before they are shown entries: their assignments to the firms' entries go
     * (they had none scored, the rounds being unopened). Once they have been shown entries of an edition still being
     * judged, a change is refused: the firms' entries would vanish from the list they saw, naming them. Declaring
     * again what is declared changes nothing and is answered as such.
     */
    @Transactional
    public Set<UUID> declare(String judge, Set<UUID> memberIds) {
        looks.lock(judge);
        Set<UUID> declared = of(judge);
        if (declared.equals(memberIds)) {
            return declared;
        }
        looks.shownRoundStillJudged(judge).ifPresent(round -> {
            throw new ProblemException(CompetitionProblem.CONFLICTS_AFTER_ENTRIES_SHOWN, "You have been shown the entries "
                    + "of round " + round + ", whose edition is still being judged: ties are declared before entries "
                    + "are shown. Recuse from each entry you cannot judge impartially instead (POST /api/v1/judging/"
                    + "rounds/" + round + "/entries/{entryId}/recusal); staff may then assign another judge.");
        });
        delete("key.judge", judge);
        for (UUID memberId : memberIds) {
            Conflict conflict = new Conflict();
            conflict.key = new Conflict.Key(judge, memberId);
            conflict.declaredAt = clock.instant();
            persist(conflict);
        }
        flush();
        if (!memberIds.isEmpty()) {
            getEntityManager().createQuery("select a from Assignment a where a.judge = :judge "
                                    + "and a.entry.memberId in :firms and a.shownAt is null and a.round.opensAt > :now",
                            Assignment.class).setParameter("judge", judge).setParameter("firms", memberIds)
                    .setParameter("now", clock.instant())
                    .getResultList().forEach(getEntityManager()::remove);
            getEntityManager().createQuery("select a from Assignment a where a.judge = :judge and a.dossier.id in "
                                    + "(select n.dossier.id from Nomination n where n.employerMemberId in :firms) "
                                    + "and a.shownAt is null and a.round.opensAt > :now", Assignment.class)
                    .setParameter("judge", judge).setParameter("firms", memberIds).setParameter("now", clock.instant())
                    .getResultList().forEach(getEntityManager()::remove);
        }
        return of(judge);
    }

    public Set<UUID> of(String judge) {
        return list("key.judge", judge).stream().map(c -> c.key.memberId())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

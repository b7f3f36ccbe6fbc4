package org.jewelers.competition.judging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.nomination.Dossier;
import org.jewelers.competition.nomination.NominationStatus;
import org.jewelers.web.problem.ProblemException;

/**
 * What a round judges in one category (CASE) or list (20 Under 40): its accepted entries, or the dossiers with a
 * nomination screened eligible; each with the member firms a judge must not be tied to (the entrant's firm, or
 * every employer the dossier's nominations name).
 */
@ApplicationScoped
public class Candidates {

    private final Rounds rounds;
    private final EntityManager entities;

    Candidates(Rounds rounds, EntityManager entities) {
        this.rounds = rounds;
        this.entities = entities;
    }

    /** One entry or dossier to judge. */
    public record Candidate(Entry entry, Dossier dossier, Set<UUID> firms) {

        public UUID id() {
            return entry != null ? entry.id : dossier.id;
        }
    }

    public List<Candidate> of(Round round, String group) {
        if (round.edition.categories.stream().noneMatch(c -> c.code.equals(group) && c.enterable)) {
            throw ProblemException.invalid("category", "'" + group + "' is not an entered category of " + round.edition.title);
        }
        if (Judged.in(round) == Judged.ENTRIES) {
            return rounds.entriesOf(round, group).stream()
                    .map(e -> new Candidate(e, null, e.memberId == null ? Set.of() : Set.of(e.memberId))).toList();
        }
        List<Dossier> dossiers = entities.createQuery("select d from Dossier d where d.edition.id = :edition "
                        + "and d.list = :list and exists (select n from Nomination n where n.dossier = d "
                        + "and n.status = :accepted) order by d.createdAt, d.id", Dossier.class)
                .setParameter("edition", round.edition.id).setParameter("list", group)
                .setParameter("accepted", NominationStatus.ACCEPTED).getResultList();
        Map<UUID, Set<UUID>> employers = employers(dossiers.stream().map(d -> d.id).toList());
        return dossiers.stream().map(d -> new Candidate(null, d, employers.getOrDefault(d.id, Set.of()))).toList();
    }

    /** Every employer the dossiers' nominations name, screened or not: a judge is kept from any of them. */
    private Map<UUID, Set<UUID>> employers(List<UUID> dossiers) {
        Map<UUID, Set<UUID>> employers = new HashMap<>();
        if (dossiers.isEmpty()) {
            return employers;
        }
        entities.createQuery("select n.dossier.id, n.employerMemberId from Nomination n where n.dossier.id in :ids "
                        + "and n.employerMemberId is not null", Object[].class)
                .setParameter("ids", dossiers).getResultList()
                .forEach(row -> employers.computeIfAbsent((UUID) row[0], d -> new HashSet<>()).add((UUID) row[1]));
        return employers;
    }
}

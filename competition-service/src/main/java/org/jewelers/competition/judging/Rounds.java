package org.jewelers.competition.judging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.entry.Entries;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.entry.EntryStatus;
import org.jewelers.web.Coded;
import org.jewelers.web.problem.ProblemException;

/** The rounds of editions, and which entries each one judges. */
@ApplicationScoped
public class Rounds implements PanacheRepositoryBase<Round, UUID> {

    private final Clock clock;
    private final Editions editions;
    private final Entries entries;

    Rounds(Clock clock, Editions editions, Entries entries) {
        this.clock = clock;
        this.editions = editions;
        this.entries = entries;
    }

    @Transactional
    public Round open(NewRound request) {
        Edition edition = editions.findByIdOptional(request.editionId())
                .orElseThrow(() -> ProblemException.invalid("editionId", "is not an edition"));
        Stage stage;
        try {
            stage = Coded.ofCode(Stage.class, request.stage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("stage", "'" + request.stage() + "' is neither pre-judging nor finals");
        }
        if (!request.closes().isAfter(request.opens())) {
            throw ProblemException.invalid("closes", "must be after opens");
        }
        Rubric rubric = request.rubric() == null ? Rubric.standard(edition.program) : request.rubric();
        if (rubric.scaleMax() <= rubric.scaleMin()) {
            throw ProblemException.invalid("rubric.scaleMax", "must be above scaleMin");
        }
        if (rubric.criteria().stream().map(Rubric.Line::code).distinct().count() < rubric.criteria().size()) {
            throw ProblemException.invalid("rubric.criteria", "codes must differ");
        }
        if (count("edition.id = ?1 and stage = ?2", edition.id, stage) > 0) {
            throw ProblemException.conflict(edition.title + " already has its " + stage.code() + " round");
        }
        Round round = new Round();
        round.id = UUID.randomUUID();
        round.edition = edition;
        round.stage = stage;
        round.scaleMin = rubric.scaleMin();
        round.scaleMax = rubric.scaleMax();
        rubric.criteria().forEach(c -> round.criteria.add(new Criterion(c.code().strip(), c.name().strip(), c.weight())));
        round.opensAt = request.opens();
        round.closesAt = request.closes();
        round.createdAt = clock.instant();
        persist(round);
        return round;
    }

    /** Staff choose the finalists; only the edition's accepted entries can be, and only until they are confirmed. */
    @Transactional
    public Round advance(UUID id, Set<UUID> entryIds) {
        Round round = lockFinals(id);
        if (round.finalistsConfirmedAt != null) {
            throw ProblemException.conflict("The finalists of this round were confirmed at " + round.finalistsConfirmedAt
                    + "; add finalists or remove one with a reason instead of replacing them");
        }
        requireAccepted(round, entryIds);
        round.finalists.clear();
        round.finalists.addAll(entryIds);
        return round;
    }

    /** The finals, locked for a change of their finalists; 409 for pre-judging. */
    public Round lockFinals(UUID id) {
        Round round = findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Round", id));
        if (round.stage != Stage.FINALS) {
            throw ProblemException.conflict("Only the finals have finalists; pre-judging takes every accepted entry");
        }
        return round;
    }

    /** Refuses (400, naming them) entry ids that are not accepted entries of the round's edition. */
    public void requireAccepted(Round round, Set<UUID> entryIds) {
        Set<UUID> accepted = new HashSet<>(entries.getEntityManager().createQuery("select e.id from Entry e where "
                        + "e.edition.id = :edition and e.status = :accepted and e.id in :ids", UUID.class)
                .setParameter("edition", round.edition.id).setParameter("accepted", EntryStatus.ACCEPTED)
                .setParameter("ids", entryIds.isEmpty() ? Set.of(new UUID(0, 0)) : entryIds).getResultList());
        List<UUID> others = entryIds.stream().filter(e -> !accepted.contains(e)).toList();
        if (!others.isEmpty()) {
            throw ProblemException.invalid("entryIds", "not accepted entries of " + round.edition.title + ": " + others);
        }
    }

    public Round require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Round", id));
    }

    public List<Round> ofEdition(UUID editionId) {
        return list("edition.id", Sort.by("opensAt").and("id"), editionId);
    }

    /** The entries a round judges, in a category or all of them (category null), oldest submit first. */
    public List<Entry> entriesOf(Round round, String category) {
        String where = round.stage == Stage.FINALS
                ? "id in :finalists and status = :accepted"
                : "edition.id = :edition and status = :accepted";
        Parameters parameters = Parameters.with("accepted", EntryStatus.ACCEPTED);
        if (round.stage == Stage.FINALS) {
            if (round.finalists.isEmpty()) {
                return List.of();
            }
            parameters.and("finalists", round.finalists);
        } else {
            parameters.and("edition", round.edition.id);
        }
        if (category != null) {
            where += " and category = :category";
            parameters.and("category", category);
        }
        return entries.list(where, Sort.by("submittedAt").and("id"), parameters);
    }
}

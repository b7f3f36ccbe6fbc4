package org.jewelers.competition.judging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jewelers.competition.entry.Entry;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PanachePages;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/** Which judge scores which entry in a round, and the scores they give. */
@ApplicationScoped
public class Assignments implements PanacheRepositoryBase<Assignment, UUID> {

    private final Clock clock;
    private final Rounds rounds;
    private final Conflicts conflicts;
    private final FirstLooks looks;

    Assignments(Clock clock, Rounds rounds, Conflicts conflicts, FirstLooks looks) {
        this.clock = clock;
        this.rounds = rounds;
        this.conflicts = conflicts;
        this.looks = looks;
    }

    /** By hand: the judge scores every entry of the category they are not tied to. Returns the new assignments. */
    @Transactional
    public int assign(UUID roundId, String category, String judge) {
        Round round = lock(roundId);
        looks.lock(judge);
        Set<UUID> tied = conflicts.of(judge);
        int added = 0;
        for (Entry entry : entries(round, category)) {
            if (!tied.contains(entry.memberId) && find(round, entry, judge) == null) {
                create(round, entry, judge);
                added++;
            }
        }
        return added;
    }

    /**
     * Automatically: each entry of the category gets judges until it has {@code perEntry}, each time the least
     * loaded judge in this round who is free of conflict, so that loads differ by at most one when no conflict
     * stands in the way. Entries with fewer free judges than asked get all of them.
     */
    @Transactional
    public int distribute(UUID roundId, String category, Set<String> judges, int perEntry) {
        Round round = lock(roundId);
        Map<String, Long> load = new HashMap<>();
        Map<String, Set<UUID>> tied = new HashMap<>();
        // In one order everywhere, so that two distributions over the same judges cannot wait on each other.
        judges.stream().sorted().forEach(looks::lock);
        for (String judge : judges) {
            load.put(judge, count("round.id = ?1 and judge = ?2 and recused = false", round.id, judge));
            tied.put(judge, conflicts.of(judge));
        }
        int added = 0;
        for (Entry entry : entries(round, category)) {
            Set<String> already = new LinkedHashSet<>(list("round.id = ?1 and entry.id = ?2", round.id, entry.id)
                    .stream().map(a -> a.judge).toList());
            List<String> free = judges.stream().filter(j -> !already.contains(j) && !tied.get(j).contains(entry.memberId))
                    .sorted(Comparator.comparing((String j) -> load.get(j)).thenComparing(j -> j)).toList();
            long wanted = Math.max(0, perEntry - already.size());
            for (String judge : free.subList(0, (int) Math.min(wanted, free.size()))) {
                create(round, entry, judge);
                load.merge(judge, 1L, Long::sum);
                added++;
            }
        }
        return added;
    }

    /**
     * The judge's entries in the round, not recused, as shown to them: the first showing is recorded. Ties are not
     * filtered here but kept out of the assignments, when made and when declared before any showing: a tie declared
     * later must not make entries vanish from a list the judge has seen.
     */
    public Page<Assignment> ofJudge(UUID roundId, String judge, int page, int size) {
        looks.showing(roundId, judge);
        var query = find("round.id = :round and judge = :judge and recused = false",
                Sort.by("entry.category").and("entry.submittedAt").and("id"),
                Parameters.with("round", roundId).and("judge", judge));
        return PanachePages.of(query, page, size);
    }

    /** One of the judge's entries, as shown to them; any other answers 404, as if it did not exist. */
    public Assignment ofJudge(UUID roundId, UUID entryId, String judge) {
        looks.showing(roundId, judge);
        return find("round.id = :round and entry.id = :entry and judge = :judge and recused = false",
                Parameters.with("round", roundId).and("entry", entryId).and("judge", judge))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Entry", entryId));
    }

    /** The rounds in which the judge has something to judge. */
    public List<Round> roundsOf(String judge) {
        return getEntityManager().createQuery("select distinct a.round from Assignment a where a.judge = :judge "
                + "and a.recused = false", Round.class).setParameter("judge", judge).getResultList();
    }

    @Transactional
    public void recuse(UUID roundId, UUID entryId, String judge) {
        Assignment assignment = ofJudge(roundId, entryId, judge);
        assignment.recused = true;
        assignment.scores.clear();
        assignment.scoredAt = null;
    }

    /** Scores some or all criteria; a later score of a criterion replaces the earlier one, until the round closes. */
    @Transactional
    public Assignment score(UUID roundId, UUID entryId, String judge, Map<String, Integer> scores) {
        Assignment assignment = ofJudge(roundId, entryId, judge);
        Round round = assignment.round;
        Instant now = clock.instant();
        if (!round.isOpenAt(now)) {
            throw ProblemException.conflict(now.isBefore(round.opensAt) ? "The round opens at " + round.opensAt
                    : "The round closed at " + round.closesAt + "; scores are final");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>(round.criteria.stream().map(c -> c.code).toList());
        scores.forEach((code, value) -> {
            if (!codes.contains(code)) {
                errors.add(new Problem.FieldError("scores." + code, "is not a criterion of the rubric: " + codes));
            } else if (value == null || value < round.scaleMin || value > round.scaleMax) {
                errors.add(new Problem.FieldError("scores." + code, "must be from " + round.scaleMin + " to " + round.scaleMax));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        assignment.scores.putAll(scores);
        assignment.scoredAt = now;
        return assignment;
    }

    public List<Assignment> ofRound(UUID roundId) {
        return list("round.id", Sort.by("entry.category").and("judge").and("entry.submittedAt").and("id"), roundId);
    }

    private Round lock(UUID roundId) {
        return rounds.findByIdOptional(roundId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Round", roundId));
    }

    private List<Entry> entries(Round round, String category) {
        if (round.edition.categories.stream().noneMatch(c -> c.code.equals(category) && c.enterable)) {
            throw ProblemException.invalid("category", "'" + category + "' is not an entered category of " + round.edition.title);
        }
        return rounds.entriesOf(round, category);
    }

    private Assignment find(Round round, Entry entry, String judge) {
        return find("round.id = ?1 and entry.id = ?2 and judge = ?3", round.id, entry.id, judge).firstResult();
    }

    private void create(Round round, Entry entry, String judge) {
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.round = round;
        assignment.entry = entry;
        assignment.judge = judge;
        assignment.createdAt = clock.instant();
        persist(assignment);
    }
}

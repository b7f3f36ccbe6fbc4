package org.jewelers.competition.judging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jewelers.web.paging.Page;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * Which judge scores which entry (CASE) or dossier (20 Under 40) in a round, and the scores they give: one code
 * path for both programs, the round's {@link Judged} telling which of the assignment's two columns is set.
 */
@ApplicationScoped
public class Assignments implements PanacheRepositoryBase<Assignment, UUID> {

    /** Excludes what a firm entered or whom it employs; {@code :firms} is never empty where it is used. */
    private static final String UNTIED = " and (e.memberId is null or e.memberId not in :firms) and not exists "
            + "(select n from Nomination n where n.dossier = d and n.employerMemberId in :firms)";

    private final Clock clock;
    private final Rounds rounds;
    private final Conflicts conflicts;
    private final FirstLooks looks;
    private final Roster roster;
    private final Candidates candidates;
    private final JudgeInvitations invitations;
    private final JudgeReminders reminders;

    Assignments(Clock clock, Rounds rounds, Conflicts conflicts, FirstLooks looks, Roster roster, Candidates candidates,
                JudgeInvitations invitations, JudgeReminders reminders) {
        this.clock = clock;
        this.rounds = rounds;
        this.conflicts = conflicts;
        this.looks = looks;
        this.roster = roster;
        this.candidates = candidates;
        this.invitations = invitations;
        this.reminders = reminders;
    }

    /** By hand: the judge scores everything of the category or list they are not tied to. Returns the new assignments. */
    @Transactional
    public int assign(UUID roundId, String group, String judge) {
        Round round = lock(roundId);
        roster.requireEnrolled(round.edition.id, Set.of(judge));
        looks.lock(judge);
        Set<UUID> tied = ties(round, judge);
        int added = 0;
        for (Candidates.Candidate candidate : candidates.of(round, group)) {
            if (Collections.disjoint(tied, candidate.firms()) && judgesOf(round, candidate).stream().noneMatch(judge::equals)) {
                create(round, candidate, judge);
                added++;
            }
        }
        if (added > 0) {
            invitations.invite(round, judge);
        }
        return added;
    }

    /**
     * Automatically: each entry or dossier of the group gets judges until it has {@code perEntry}, each time the least
     * loaded judge in this round who is free of conflict, so that loads differ by at most one when no conflict
     * stands in the way. Those with fewer free judges than asked get all of them.
     */
    @Transactional
    public int distribute(UUID roundId, String group, Set<String> judges, int perEntry) {
        Round round = lock(roundId);
        roster.requireEnrolled(round.edition.id, judges);
        Map<String, Long> load = new HashMap<>();
        Map<String, Set<UUID>> tied = new HashMap<>();
        // In one order everywhere, so that two distributions over the same judges cannot wait on each other.
        judges.stream().sorted().forEach(looks::lock);
        for (String judge : judges) {
            load.put(judge, count("round.id = ?1 and judge = ?2 and recused = false", round.id, judge));
            tied.put(judge, ties(round, judge));
        }
        int added = 0;
        Set<String> assigned = new TreeSet<>();
        for (Candidates.Candidate candidate : candidates.of(round, group)) {
            Set<String> already = new LinkedHashSet<>(judgesOf(round, candidate));
            List<String> free = judges.stream()
                    .filter(j -> !already.contains(j) && Collections.disjoint(tied.get(j), candidate.firms()))
                    .sorted(Comparator.comparing((String j) -> load.get(j)).thenComparing(j -> j)).toList();
            long wanted = Math.max(0, perEntry - already.size());
            for (String judge : free.subList(0, (int) Math.min(wanted, free.size()))) {
                create(round, candidate, judge);
                load.merge(judge, 1L, Long::sum);
                assigned.add(judge);
                added++;
            }
        }
        assigned.forEach(judge -> invitations.invite(round, judge));
        return added;
    }

    /** The firms kept from the judge: declared ties, and the firm the edition's roster says they work at. */
    private Set<UUID> ties(Round round, String judge) {
        Set<UUID> tied = new HashSet<>(conflicts.of(judge));
        roster.firmOf(round.edition.id, judge).ifPresent(tied::add);
        return tied;
    }

    /**
     * The judge's entries or dossiers in the round, not recused, as shown to them: the first showing is recorded.
     * Declared ties are not filtered here but kept out of the assignments, when made and when declared before any
     * showing: a tie declared later must not make entries vanish from a list the judge has seen. The firm the judge
     * works at (their token's, or the roster's) is filtered: what it entered or whom it employs never reaches them.
     */
    public Page<Assignment> ofJudge(Judged judged, UUID roundId, String judge, UUID tokenFirm, int page, int size) {
        looks.showing(roundId, judge);
        Set<UUID> firms = firmsOf(roundId, judge, tokenFirm);
        String from = " from Assignment a left join a.entry e left join a.dossier d where a.round.id = :round "
                + "and a.judge = :judge and a.recused = false and a." + judged.attribute + " is not null"
                + (firms.isEmpty() ? "" : UNTIED);
        var count = getEntityManager().createQuery("select count(a)" + from, Long.class);
        var items = getEntityManager().createQuery("select a" + from + " order by coalesce(e.category, d.list), "
                + "coalesce(e.submittedAt, d.createdAt), a.id", Assignment.class);
        for (var query : List.of(count, items)) {
            query.setParameter("round", roundId).setParameter("judge", judge);
            if (!firms.isEmpty()) {
                query.setParameter("firms", firms);
            }
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(),
                count.getSingleResult(), page, size);
    }

    /** One of the judge's entries or dossiers, as shown to them; any other answers 404, as if it did not exist. */
    public Assignment ofJudge(Judged judged, UUID roundId, UUID judgedId, String judge, UUID tokenFirm) {
        looks.showing(roundId, judge);
        Set<UUID> firms = firmsOf(roundId, judge, tokenFirm);
        var query = getEntityManager().createQuery("select a from Assignment a left join a.entry e left join a.dossier d "
                + "where a.round.id = :round and " + (judged == Judged.ENTRIES ? "e" : "d") + ".id = :id "
                + "and a.judge = :judge and a.recused = false" + (firms.isEmpty() ? "" : UNTIED), Assignment.class)
                .setParameter("round", roundId).setParameter("id", judgedId).setParameter("judge", judge);
        if (!firms.isEmpty()) {
            query.setParameter("firms", firms);
        }
        return query.getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound(judged == Judged.ENTRIES ? "Entry" : "Dossier", judgedId));
    }

    private Set<UUID> firmsOf(UUID roundId, String judge, UUID tokenFirm) {
        Set<UUID> firms = new HashSet<>();
        if (tokenFirm != null) {
            firms.add(tokenFirm);
        }
        rounds.findByIdOptional(roundId).flatMap(r -> roster.firmOf(r.edition.id, judge)).ifPresent(firms::add);
        return firms;
    }

    /** The rounds in which the judge has something to judge. */
    public List<Round> roundsOf(String judge) {
        return getEntityManager().createQuery("select distinct a.round from Assignment a where a.judge = :judge "
                + "and a.recused = false", Round.class).setParameter("judge", judge).getResultList();
    }

    @Transactional
    public void recuse(Judged judged, UUID roundId, UUID judgedId, String judge, UUID tokenFirm) {
        Assignment assignment = ofJudge(judged, roundId, judgedId, judge, tokenFirm);
        assignment.recused = true;
        assignment.scores.clear();
        assignment.scoredAt = null;
        reminders.scored(assignment.round, judge);
    }

    /** Scores some or all criteria; a later score of a criterion replaces the earlier one, until the round closes. */
    @Transactional
    public Assignment score(Judged judged, UUID roundId, UUID judgedId, String judge, UUID tokenFirm,
                            Map<String, Integer> scores) {
        Assignment assignment = ofJudge(judged, roundId, judgedId, judge, tokenFirm);
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
        reminders.scored(round, judge);
        return assignment;
    }

    /** By category or list, then judge, then in order of entry or nomination. */
    public List<Assignment> ofRound(UUID roundId) {
        return getEntityManager().createQuery("select a from Assignment a left join a.entry e left join a.dossier d "
                        + "where a.round.id = :round order by coalesce(e.category, d.list), a.judge, "
                        + "coalesce(e.submittedAt, d.createdAt), a.id", Assignment.class)
                .setParameter("round", roundId).getResultList();
    }

    private Round lock(UUID roundId) {
        return rounds.findByIdOptional(roundId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Round", roundId));
    }

    private List<String> judgesOf(Round round, Candidates.Candidate candidate) {
        String attribute = candidate.entry() != null ? "entry" : "dossier";
        return list("round.id = ?1 and " + attribute + ".id = ?2", round.id, candidate.id()).stream()
                .map(a -> a.judge).toList();
    }

    private void create(Round round, Candidates.Candidate candidate, String judge) {
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.round = round;
        assignment.entry = candidate.entry();
        assignment.dossier = candidate.dossier();
        assignment.judge = judge;
        assignment.createdAt = clock.instant();
        persist(assignment);
    }
}

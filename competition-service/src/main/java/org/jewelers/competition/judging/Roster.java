package org.jewelers.competition.judging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PanachePages;
import org.jewelers.web.problem.ProblemException;

/** The judges of each edition: rounds assign only them, and the firm each works at keeps that firm from them. */
@ApplicationScoped
public class Roster implements PanacheRepositoryBase<Judge, Judge.Key> {

    private final Clock clock;
    private final Editions editions;

    Roster(Clock clock, Editions editions) {
        this.clock = clock;
        this.editions = editions;
    }

    /** @return the judge, and whether they are new on the roster */
    @Transactional
    public Enrolled enrol(UUID editionId, String subject, JudgeEnrolment enrolment) {
        editions.require(editionId);
        Instant now = clock.instant();
        Judge judge = findByIdOptional(new Judge.Key(editionId, subject)).orElse(null);
        boolean created = judge == null;
        if (created) {
            judge = new Judge();
            judge.key = new Judge.Key(editionId, subject);
            judge.createdAt = now;
        }
        judge.name = enrolment.name().strip();
        judge.email = enrolment.email().strip();
        judge.memberId = enrolment.memberId();
        judge.updatedAt = now;
        if (created) {
            persist(judge);
        }
        return new Enrolled(judge, created);
    }

    public Page<Judge> of(UUID editionId, int page, int size) {
        editions.require(editionId);
        return PanachePages.of(find("key.editionId", Sort.by("name").and("key.judge"), editionId), page, size);
    }

    public Optional<Judge> find(UUID editionId, String subject) {
        return findByIdOptional(new Judge.Key(editionId, subject));
    }

    /**
     * Takes a judge off the roster with their assignments in the edition's rounds, as long as none of them holds a
     * score: scores already given are part of the standings, and removing them would silently move the ranks.
     */
    @Transactional
    public void remove(UUID editionId, String subject) {
        Judge judge = find(editionId, subject).orElseThrow(() -> ProblemException.notFound("Judge", subject));
        var entities = getEntityManager();
        long scored = entities.createQuery("select count(a) from Assignment a where a.round.edition.id = :edition "
                        + "and a.judge = :judge and a.scores is not empty", Long.class)
                .setParameter("edition", editionId).setParameter("judge", subject).getSingleResult();
        if (scored > 0) {
            throw ProblemException.conflict("Judge " + subject + " has scored " + scored + " assignment(s) in this "
                    + "edition; the scores count in the standings, so the judge stays on the roster (they may recuse)");
        }
        entities.createQuery("select a from Assignment a where a.round.edition.id = :edition and a.judge = :judge",
                        Assignment.class).setParameter("edition", editionId).setParameter("judge", subject)
                .getResultList().forEach(entities::remove);
        delete(judge);
    }

    /** Refuses, naming them, every judge who is not on the roster of the edition. */
    void requireEnrolled(UUID editionId, Set<String> judges) {
        Set<String> unknown = new TreeSet<>(judges);
        if (!judges.isEmpty()) {
            unknown.removeAll(getEntityManager().createQuery("select j.key.judge from Judge j where "
                            + "j.key.editionId = :edition and j.key.judge in :judges", String.class)
                    .setParameter("edition", editionId).setParameter("judges", judges).getResultList());
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(CompetitionProblem.JUDGE_NOT_ON_ROSTER, "Not on the edition's roster: "
                    + String.join(", ", unknown) + "; enrol them first (PUT /api/v1/editions/" + editionId
                    + "/judges/{subject})");
        }
    }

    /** The firm the judge works at, as the roster of the edition says, if any. */
    Optional<UUID> firmOf(UUID editionId, String judge) {
        return find(editionId, judge).map(j -> j.memberId);
    }

    public record Enrolled(Judge judge, boolean created) {
    }
}

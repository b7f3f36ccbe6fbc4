package org.jewelers.competition.judging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a judge has been shown entries, which decides how they may set themselves apart from a firm: before, by
 * declaring the tie (their assignments are made without the firm's entries); after, only by recusing per entry,
 * since a declared tie would make the firm's entries vanish from a list they have seen and so name them.
 * <p>
 * Showing and declaring take the judge's lock, so that a list is read wholly before or wholly after a declaration.
 */
@ApplicationScoped
public class FirstLooks {

    private final EntityManager entities;
    private final Clock clock;

    FirstLooks(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    /** Records that the judge is being shown the round's entries; committed before they are read. */
    @Transactional
    public void showing(UUID roundId, String judge) {
        lock(judge);
        entities.createNativeQuery("""
                        update judge_assignment set shown_at = ?3
                        where round_id = ?1 and judge_subject = ?2 and shown_at is null""")
                .setParameter(1, roundId).setParameter(2, judge).setParameter(3, clock.instant()).executeUpdate();
    }

    /**
     * A round whose entries the judge has been shown (they looked, or it opened) in an edition still being judged,
     * that is, whose finals have not closed: while there is one, a new tie could still name a firm's entries to them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> shownRoundStillJudged(String judge) {
        @SuppressWarnings("unchecked")
        List<UUID> rounds = entities.createNativeQuery("""
                        select r.id from judge_assignment a join round r on r.id = a.round_id
                        where a.judge_subject = ?1 and (a.shown_at is not null or r.opens_at <= ?2)
                          and not exists (select 1 from round f where f.edition_id = r.edition_id
                                          and f.stage = 'FINALS' and f.closes_at <= ?2)
                        order by r.opens_at limit 1""", UUID.class)
                .setParameter(1, judge).setParameter(2, clock.instant()).getResultList();
        return rounds.stream().findFirst();
    }

    /** Serializes what is shown to a judge with the judge's declarations, to the end of the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String judge) {
        entities.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "judge/" + judge).getSingleResult();
    }
}

package org.jewelers.competition.judging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** The firms judges declared ties to. */
@ApplicationScoped
public class Conflicts implements PanacheRepositoryBase<Conflict, Conflict.Key> {

    private final Clock clock;

    Conflicts(Clock clock) {
        this.clock = clock;
    }

    /**
     * Replaces the judge's declaration. Assignments to the firms' entries go with their scores, whatever the round:
     * a judge tied to an entrant must not weigh on the entry even if the tie was declared late.
     */
    @Transactional
    public Set<UUID> declare(String judge, Set<UUID> memberIds) {
        delete("key.judge", judge);
        for (UUID memberId : memberIds) {
            Conflict conflict = new Conflict();
            conflict.key = new Conflict.Key(judge, memberId);
            conflict.declaredAt = clock.instant();
            persist(conflict);
        }
        flush();
        if (!memberIds.isEmpty()) {
            getEntityManager().createQuery("select a from Assignment a where a.judge = :judge and a.entry.memberId in :firms",
                            Assignment.class).setParameter("judge", judge).setParameter("firms", memberIds)
                    .getResultList().forEach(getEntityManager()::remove);
        }
        return of(judge);
    }

    public Set<UUID> of(String judge) {
        return list("key.judge", judge).stream().map(c -> c.key.memberId())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

package org.jewelers.competition.custody;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jewelers.competition.edition.CustodyTerms;
import org.jewelers.competition.edition.Edition;

/** Staff's view of an edition's pieces: what is late, and what is on the premises now against the insured limit. */
@ApplicationScoped
class CustodyDesk {

    private final Pieces pieces;
    private final Clock clock;

    CustodyDesk(Pieces pieces, Clock clock) {
        this.pieces = pieces;
        this.clock = clock;
    }

    /**
     * Pieces not received the edition's days after their request (unless withdrawn before they were sent), and pieces
     * not back home its days after they were judged, or, for a withdrawn finalist's piece, never judged, after the
     * withdrawal; the longest overdue first.
     */
    List<Overdue> overdue(Edition edition) {
        Instant now = clock.instant();
        CustodyTerms terms = edition.custody;
        List<Overdue> late = new ArrayList<>();
        // A withdrawn finalist's piece not yet sent is no longer awaited.
        pieces.list("editionId = :edition and (state = 'shipped' or state = 'requested' and withdrawn = false) "
                                + "and requestedAt < :before",
                        Parameters.with("edition", edition.id)
                                .and("before", now.minus(Duration.ofDays(terms.receiveWithinDays))))
                .forEach(p -> late.add(new Overdue(CustodyView.of(p), "not-received",
                        p.requestedAt.plus(Duration.ofDays(terms.receiveWithinDays)))));
        Duration returnWithin = Duration.ofDays(terms.returnWithinDays);
        pieces.list("editionId = ?1 and (state in ('judged', 'returning') "
                + "or withdrawn = true and state in ('received', 'in-judging'))", edition.id).forEach(p -> {
            Instant due = (p.judgedAt != null ? p.judgedAt : p.withdrawnAt != null ? p.withdrawnAt : p.returningAt)
                    .plus(returnWithin);
            if (due.isBefore(now)) {
                late.add(new Overdue(CustodyView.of(p), "not-returned", due));
            }
        });
        late.sort(Comparator.comparing(Overdue::due));
        return late;
    }

    Premises premises(Edition edition) {
        Object[] sums = (Object[]) pieces.getEntityManager().createQuery(
                        "select count(p), coalesce(sum(p.declaredValueCents), 0) from Piece p "
                                + "where p.editionId = ?1 and p.state in ?2")
                .setParameter(1, edition.id)
                .setParameter(2, Stage.ON_PREMISES.stream().map(Stage::code).toList())
                .getSingleResult();
        return Premises.of((Long) sums[0], ((Number) sums[1]).longValue(), edition.custody.insuredLimitCents);
    }
}

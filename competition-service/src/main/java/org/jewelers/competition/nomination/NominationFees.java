package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jewelers.competition.fee.Payable;
import org.jewelers.competition.fee.Payables;
import org.jewelers.competition.fee.SubjectType;

/** Nominations as their fees see them, where an edition charges for nominations; their payments go in the history. */
@ApplicationScoped
class NominationFees implements Payables {

    private final Nominations nominations;
    private final NominationHistory history;
    private final Clock clock;

    NominationFees(Nominations nominations, NominationHistory history, Clock clock) {
        this.nominations = nominations;
        this.history = history;
        this.clock = clock;
    }

    static Payable payable(Nomination nomination) {
        return new Payable(SubjectType.NOMINATION, nomination.id, nomination.edition, nomination.list,
                nomination.nomineeName == null ? "nomination" : "nomination of " + nomination.nomineeName,
                nomination.ownerSubject, nomination.status == NominationStatus.DRAFT);
    }

    @Override
    public SubjectType type() {
        return SubjectType.NOMINATION;
    }

    @Override
    public Optional<Payable> lockOwn(UUID id, String owner) {
        return nominations.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(n -> n.ownerSubject.equals(owner)).map(NominationFees::payable);
    }

    @Override
    public Optional<Payable> lock(UUID id) {
        return nominations.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(NominationFees::payable);
    }

    @Override
    public void paid(Payable subject, long cents, String currency, UUID checkout) {
        Nomination nomination = nominations.require(subject.id());
        nomination.updatedAt = clock.instant();
        history.record(nomination, nomination.ownerSubject, "paid", nomination.status, cents + " " + currency + " cents");
    }

    @Override
    public void refunded(Payable subject, long cents, String currency, String reason, String actor) {
        Nomination nomination = nominations.require(subject.id());
        nomination.updatedAt = clock.instant();
        history.record(nomination, actor, "refunded", nomination.status, cents + " " + currency + " cents: " + reason);
    }
}

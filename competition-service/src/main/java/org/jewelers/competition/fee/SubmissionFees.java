package org.jewelers.competition.fee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Each submission's standing on its fee, kept in the transactions of checkouts, payments, waivers and refunds. */
@ApplicationScoped
public class SubmissionFees implements PanacheRepositoryBase<SubmissionFee, UUID> {

    Optional<SubmissionFee> of(UUID subject) {
        return findByIdOptional(subject);
    }

    void hold(Payable subject, Checkout checkout) {
        SubmissionFee fee = row(subject, checkout.createdAt);
        fee.state(SubmissionFee.Status.HELD);
        fee.checkoutId = checkout.id;
        fee.amountCents = 0;
        fee.reason = null;
        fee.decidedBy = subject.owner();
        save(fee);
    }

    void paid(Payable subject, Checkout checkout, long cents, Instant at) {
        SubmissionFee fee = row(subject, at);
        fee.state(SubmissionFee.Status.PAID);
        fee.checkoutId = checkout.id;
        fee.amountCents = cents;
        fee.decidedBy = checkout.ownerSubject;
        save(fee);
    }

    void waived(Payable subject, String reason, String staff, Instant at) {
        SubmissionFee fee = row(subject, at);
        fee.state(SubmissionFee.Status.WAIVED);
        fee.checkoutId = null;
        fee.amountCents = 0;
        fee.reason = reason;
        fee.decidedBy = staff;
        save(fee);
    }

    void refunded(SubmissionFee fee, String reason, String actor, Instant at) {
        fee.state(SubmissionFee.Status.REFUNDED);
        fee.reason = reason;
        fee.decidedBy = actor;
        fee.decidedAt = at;
    }

    /** An expired checkout lets go of its drafts (a row it no longer holds, such as one paid since, stays). */
    void releaseHeldBy(UUID checkout) {
        delete("checkoutId = ?1 and status = 'held'", checkout);
    }

    /** A new row is inserted once its state is set (the table allows no row without one). */
    private void save(SubmissionFee fee) {
        if (!isPersistent(fee)) {
            persist(fee);
        }
    }

    private SubmissionFee row(Payable subject, Instant at) {
        SubmissionFee fee = findByIdOptional(subject.id()).orElseGet(() -> {
            SubmissionFee created = new SubmissionFee();
            created.subjectId = subject.id();
            created.subjectType = subject.type().code();
            created.editionId = subject.edition().id;
            return created;
        });
        fee.decidedAt = at;
        return fee;
    }
}

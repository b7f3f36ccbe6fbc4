package org.jewelers.competition.fee;

import io.quarkus.arc.All;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jewelers.competition.edition.Edition;
import org.jewelers.web.problem.ProblemException;

/**
 * Refunds: recorded with who and why in the transaction that decides them (a withdrawal under the edition's policy,
 * staff), sent to the provider by the fee sweep under the refund's own id as idempotency key, and settled by its
 * answer, when the submission's fee becomes refunded and an entry's refund is announced.
 */
@ApplicationScoped
public class Refunds implements PanacheRepositoryBase<Refund, UUID> {

    /** Attempts before a refund is left failed for staff to see. */
    static final int MAX_ATTEMPTS = 8;

    private final Map<SubjectType, Payables> payables;
    private final SubmissionFees fees;
    private final Clock clock;

    Refunds(@All List<Payables> payables, SubmissionFees fees, Clock clock) {
        this.payables = payables.stream().collect(Collectors.toMap(Payables::type, Function.identity()));
        this.fees = fees;
        this.clock = clock;
    }

    /** A withdrawal before the deadline refunds a paid fee when the edition's policy says so. */
    public void onWithdrawal(Payable subject, boolean beforeDeadline, String actor) {
        if (beforeDeadline && subject.edition().fees.refundOnWithdrawal) {
            refundPaid(subject, "withdrawn before the deadline", actor);
        }
    }

    /** An entry staff find ineligible is refunded when the edition's policy says so. */
    public void onIneligible(Payable subject, String actor) {
        if (subject.edition().fees.refundOnIneligible) {
            refundPaid(subject, "found ineligible", actor);
        }
    }

    private void refundPaid(Payable subject, String reason, String actor) {
        fees.of(subject.id()).filter(f -> f.state() == SubmissionFee.Status.PAID && f.checkoutId != null)
                .ifPresent(fee -> request(getEntityManager().find(Checkout.class, fee.checkoutId), fee, reason, actor));
    }

    /** Staff refund a checkout's paid submissions, or one of them. */
    List<Refund> byStaff(Checkout checkout, UUID subject, String reason, String staff) {
        if (checkout.state() != Checkout.Status.COMPLETED) {
            throw ProblemException.conflict("Checkout " + checkout.id + " is " + checkout.status + ", not paid");
        }
        List<SubmissionFee> paid = checkout.lines.stream().map(l -> l.subjectId)
                .filter(id -> subject == null || id.equals(subject))
                .map(id -> fees.of(id).orElse(null))
                .filter(f -> f != null && f.state() == SubmissionFee.Status.PAID && checkout.id.equals(f.checkoutId))
                .filter(f -> count("subjectId = ?1 and status <> 'failed'", f.subjectId) == 0)
                .toList();
        if (paid.isEmpty()) {
            throw ProblemException.conflict("Nothing of checkout " + checkout.id + " is paid and not yet refunded"
                    + (subject == null ? "" : " for " + subject));
        }
        return paid.stream().map(f -> request(checkout, f, reason, staff)).toList();
    }

    private Refund request(Checkout checkout, SubmissionFee fee, String reason, String actor) {
        Instant now = clock.instant();
        Refund refund = new Refund();
        refund.id = UUID.randomUUID();
        refund.checkoutId = checkout.id;
        refund.subjectId = fee.subjectId;
        refund.amountCents = fee.amountCents;
        refund.reason = reason;
        refund.actor = actor;
        refund.requestedAt = now;
        if (fee.amountCents == 0) {
            // Nothing was taken (a full discount): the refund is settled here, with nothing to send.
            refund.state(Refund.Status.SUCCEEDED);
            refund.amountCents = 0;
            persist(refund);
            settle(refund, checkout, now);
            return refund;
        }
        refund.state(Refund.Status.REQUESTED);
        persist(refund);
        return refund;
    }

    /** The provider returned the money: the submission's fee is refunded and an entry's refund announced. */
    void settle(Refund refund, Checkout checkout, Instant at) {
        refund.settledAt = at;
        if (refund.subjectId == null) {
            return;
        }
        fees.of(refund.subjectId).ifPresent(fee -> {
            fees.refunded(fee, refund.reason, refund.actor, at);
            Payables kind = payables.get(SubjectType.of(fee.subjectType));
            kind.lock(fee.subjectId).ifPresent(subject ->
                    kind.refunded(subject, refund.amountCents, checkout.currency, refund.reason, refund.actor));
        });
    }

    /**
     * The provider reports {@code refundedCents} returned on the checkout's payment in all: what goes beyond the
     * refunds recorded here was made outside the service (the provider's dashboard), and is recorded as such.
     */
    void reported(Checkout checkout, long refundedCents, Instant at) {
        long known = list("checkoutId = ?1 and status = 'succeeded'", checkout.id).stream()
                .mapToLong(r -> r.amountCents).sum();
        if (refundedCents > known) {
            Refund outside = new Refund();
            outside.id = UUID.randomUUID();
            outside.checkoutId = checkout.id;
            outside.amountCents = refundedCents - known;
            outside.reason = "refunded at the provider";
            outside.actor = Refund.PROVIDER;
            outside.requestedAt = at;
            outside.settledAt = at;
            outside.state(Refund.Status.SUCCEEDED);
            persist(outside);
        }
    }

    /** Refunds waiting to be sent, oldest first. */
    List<UUID> due(int limit) {
        return find("status = 'requested' order by requestedAt").page(0, limit).list().stream().map(r -> r.id).toList();
    }

    Refund lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every refund of the edition's checkouts, for the accounts. */
    List<Refund> ofEdition(Edition edition) {
        return find("checkoutId in (select c.id from Checkout c where c.editionId = ?1) order by requestedAt", edition.id).list();
    }
}

package org.jewelers.competition.fee;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.UUID;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.problem.ProblemException;

/** What entries and nominations ask of their fee when they are submitted, changed or shown. */
@ApplicationScoped
public class FeeStanding {

    /**
     * How long after a payment that completed past the close its drafts may still be submitted: the window is
     * judged when the checkout was created, and the entrant needs a moment after paying to press submit.
     */
    static final Duration SUBMIT_AFTER_PAYMENT = Duration.ofHours(1);

    private final SubmissionFees fees;
    private final Checkouts checkouts;
    private final Clock clock;

    FeeStanding(SubmissionFees fees, Checkouts checkouts, Clock clock) {
        this.fees = fees;
        this.checkouts = checkouts;
        this.clock = clock;
    }

    /** Refuses a submission that costs something now and is neither paid nor waived, naming the amount due. */
    public void requireSettled(Payable subject) {
        Optional<SubmissionFee> fee = fees.of(subject.id());
        if (fee.isPresent() && fee.get().settled()) {
            return;
        }
        Price due = Prices.of(subject, clock.instant());
        if (due.cents() == 0) {
            return;
        }
        boolean held = fee.isPresent() && fee.get().state() == SubmissionFee.Status.HELD;
        throw new ProblemException(CompetitionProblem.PAYMENT_REQUIRED, "The " + subject.type().code() + " costs "
                + due.cents() + " " + due.currency() + " cents (" + due.rule() + ") and is not paid"
                + (held ? "; its checkout " + fee.get().checkoutId + " is still open" : ""))
                .with("amountDueCents", due.cents()).with("currency", due.currency());
    }

    /**
     * The instant the submission's window is judged at: when its checkout was created, if it was paid through one
     * within the last {@link #SUBMIT_AFTER_PAYMENT}; otherwise now.
     */
    public Instant windowJudgedAt(UUID subject) {
        Instant now = clock.instant();
        return fees.of(subject).filter(f -> f.state() == SubmissionFee.Status.PAID && f.checkoutId != null)
                .map(f -> checkouts.findById(f.checkoutId))
                .filter(c -> c.completedAt != null && now.isBefore(c.completedAt.plus(SUBMIT_AFTER_PAYMENT)))
                .map(c -> c.createdAt).orElse(now);
    }

    /** Whether the fee is paid (not waived): what an entrant's change of category must not undo. */
    public boolean paid(UUID subject) {
        return fees.of(subject).map(f -> f.state() == SubmissionFee.Status.PAID).orElse(false);
    }

    /** Refuses to delete a draft whose fee is paid or held by an open checkout: the money would lose its subject. */
    public void requireDeletable(UUID subject) {
        fees.of(subject).filter(f -> f.state() == SubmissionFee.Status.PAID || f.state() == SubmissionFee.Status.HELD)
                .ifPresent(f -> {
                    throw ProblemException.conflict("The draft is " + (f.state() == SubmissionFee.Status.PAID
                            ? "paid for: submit it, or ask staff to refund it" : "held by checkout " + f.checkoutId
                            + " until it is paid or expires"));
                });
    }

    /** The fees of several submissions at once (a page of them), by submission; none for those with nothing done. */
    public Map<UUID, FeeView> of(Collection<UUID> subjects) {
        return subjects.isEmpty() ? Map.of() : fees.list("subjectId in ?1", subjects).stream()
                .collect(Collectors.toMap(f -> f.subjectId, FeeView::of));
    }

    /** The fee as a receipt and a view show it; empty when nothing was done about it. */
    public Optional<FeeView> of(UUID subject) {
        return fees.of(subject).map(FeeView::of);
    }
}

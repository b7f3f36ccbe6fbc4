package org.jewelers.competition.fee;

import com.stripe.model.checkout.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jewelers.leases.Leases;
import org.jewelers.web.problem.ProblemException;

/**
 * The fee work no request waits for, on one replica at a time (lease {@value #LEASE}): refunds asked for are sent
 * to the provider, and checkouts past their expiry whose expiry event never came are settled by asking the provider
 * how they ended, so that a lost event neither locks drafts for ever nor loses a payment.
 */
@ApplicationScoped
public class FeeSweep {

    static final String LEASE = "fee-sweep";
    private static final int BATCH = 50;
    /** How long past its expiry a checkout waits for the provider's own event before the sweep asks. */
    private static final Duration EXPIRY_GRACE = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(FeeSweep.class);

    private final Refunds refunds;
    private final Checkouts checkouts;
    private final StripeProvider provider;
    private final Leases leases;
    private final Clock clock;

    FeeSweep(Refunds refunds, Checkouts checkouts, StripeProvider provider, Leases leases, Clock clock) {
        this.refunds = refunds;
        this.checkouts = checkouts;
        this.provider = provider;
        this.leases = leases;
        this.clock = clock;
    }

    @Scheduled(identity = "fee-sweep", every = "${competition.fees.sweep-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        leases.runExclusively(LEASE, Duration.ofSeconds(60), lease -> sweep());
    }

    public void sweep() {
        for (UUID id : QuarkusTransaction.requiringNew().call(() -> refunds.due(BATCH))) {
            QuarkusTransaction.requiringNew().run(() -> send(id));
        }
        List<UUID> overdue = QuarkusTransaction.requiringNew().call(() -> checkouts.find(
                        "status = 'open' and expiresAt < ?1", clock.instant().minus(EXPIRY_GRACE))
                .page(0, BATCH).list().stream().map(c -> c.id).toList());
        for (UUID id : overdue) {
            try {
                QuarkusTransaction.requiringNew().run(() -> settleOverdue(id));
            } catch (ProblemException e) {
                LOG.warnf("checkout %s stays open for now: %s", id, e.getMessage());
            }
        }
    }

    /** Holds the checkout's lock through the provider's call, so its refund event waits for this answer. */
    private void send(UUID id) {
        Refund refund = refunds.lock(id);
        if (refund.state() != Refund.Status.REQUESTED) {
            return;
        }
        Checkout checkout = checkouts.findById(refund.checkoutId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        refund.attempts++;
        try {
            com.stripe.model.Refund sent = provider.refund(refund, checkout.paymentIntent);
            refund.providerRefund = sent.getId();
            refund.state(Refund.Status.SUCCEEDED);
            refunds.settle(refund, checkout, now);
        } catch (ProblemException e) {
            refund.failure = e.getMessage().substring(0, Math.min(500, e.getMessage().length()));
            if (refund.attempts >= Refunds.MAX_ATTEMPTS) {
                refund.state(Refund.Status.FAILED);
                LOG.errorf("refund %s failed %d times: %s", refund.id, refund.attempts, refund.failure);
            }
        }
    }

    private void settleOverdue(UUID id) {
        Checkout checkout = checkouts.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (checkout.state() != Checkout.Status.OPEN) {
            return;
        }
        Instant now = clock.instant();
        if (checkout.providerSession == null) {
            checkouts.expire(checkout, now);
            return;
        }
        Session session = provider.session(checkout.providerSession);
        if ("complete".equals(session.getStatus()) && "paid".equals(session.getPaymentStatus())) {
            checkouts.complete(checkout, session.getPaymentIntent(), now);
        } else {
            if ("open".equals(session.getStatus())) {
                provider.expire(checkout.providerSession);
            }
            checkouts.expire(checkout, now);
        }
    }
}

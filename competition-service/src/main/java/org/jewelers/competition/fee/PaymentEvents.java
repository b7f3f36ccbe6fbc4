package org.jewelers.competition.fee;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The provider's events, each processed once by its id, in one transaction with what it changes. Events may come
 * twice or out of order: completing is final (an expiry after it changes nothing), a late completion of an
 * expired checkout still credits the money the provider took, and a refund the provider reports beyond the ones we
 * asked for is recorded as the provider's.
 */
@ApplicationScoped
class PaymentEvents {

    private static final Logger LOG = Logger.getLogger(PaymentEvents.class);

    private final Checkouts checkouts;
    private final Refunds refunds;
    private final Clock clock;

    PaymentEvents(Checkouts checkouts, Refunds refunds, Clock clock) {
        this.checkouts = checkouts;
        this.refunds = refunds;
        this.clock = clock;
    }

    @Transactional
    void process(Event event) {
        Instant now = clock.instant();
        int first = checkouts.getEntityManager().createNativeQuery(
                        "insert into payment_event (id, type, received_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, event.getId()).setParameter(2, event.getType()).setParameter(3, now).executeUpdate();
        if (first == 0) {
            return;
        }
        StripeObject object = object(event);
        switch (event.getType()) {
            case "checkout.session.completed" -> {
                Session session = (Session) object;
                if ("paid".equals(session.getPaymentStatus()) || "no_payment_required".equals(session.getPaymentStatus())) {
                    checkouts.lockBySession(session.getId())
                            .ifPresentOrElse(c -> checkouts.complete(c, session.getPaymentIntent(), now),
                                    () -> LOG.warnf("completed session %s is not one of ours", session.getId()));
                }
            }
            case "checkout.session.expired" -> {
                Session session = (Session) object;
                checkouts.lockBySession(session.getId()).ifPresent(c -> checkouts.expire(c, now));
            }
            case "charge.refunded" -> {
                Charge charge = (Charge) object;
                checkouts.lockByPaymentIntent(charge.getPaymentIntent())
                        .ifPresent(c -> refunds.reported(c, charge.getAmountRefunded(), now));
            }
            case "payment_intent.payment_failed" -> {
                PaymentIntent intent = (PaymentIntent) object;
                String why = intent.getLastPaymentError() == null ? "payment failed"
                        : intent.getLastPaymentError().getMessage();
                checkouts.lockByPaymentIntent(intent.getId()).ifPresent(c -> {
                    c.lastFailure = why == null ? "payment failed" : why.substring(0, Math.min(500, why.length()));
                    c.updatedAt = now;
                });
            }
            default -> LOG.debugf("provider event %s of type %s ignored", event.getId(), event.getType());
        }
    }

    /** The event's object; one of another API version than the library's is read as it is. */
    private static StripeObject object(Event event) {
        try {
            var read = event.getDataObjectDeserializer().getObject();
            return read.isPresent() ? read.get() : event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            throw new IllegalStateException("event " + event.getId() + " carries no object this client reads", e);
        }
    }
}

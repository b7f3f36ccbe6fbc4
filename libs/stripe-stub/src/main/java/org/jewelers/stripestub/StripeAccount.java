package org.jewelers.stripestub;

import com.stripe.Stripe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Stripe account's objects, in memory, and the events their changes make. One lock guards everything, so that
 * concurrent requests see each change whole and events are numbered, kept and handed to delivery in creation order.
 */
final class StripeAccount {

    private static final Set<String> SESSION_STATUSES = Set.of("open", "complete", "expired");
    private static final Set<String> REFUND_REASONS = Set.of("duplicate", "fraudulent", "requested_by_customer");

    /** A POST answered once for an {@code Idempotency-Key}, and the object it made (forgotten with that object). */
    private record Replay(String request, Map<String, Object> params, Answer answer, String objectId) {
    }

    private final String payPageBase;
    private final WebhookDelivery webhooks;
    private final Map<String, CheckoutSession> sessions = new LinkedHashMap<>();
    private final Map<String, PaymentIntent> paymentIntents = new HashMap<>();
    private final Map<String, Charge> charges = new HashMap<>();
    private final Map<String, Refund> refunds = new HashMap<>();
    private final Map<String, Replay> replays = new HashMap<>();
    private final Map<String, String> events = new LinkedHashMap<>();

    StripeAccount(String payPageBase, WebhookDelivery webhooks) {
        this.payPageBase = payPageBase;
        this.webhooks = webhooks;
    }

    /**
     * Answers {@code call}, or, for a key seen before, the first answer again, as Stripe does; the same key with other
     * parameters is refused. Only successes are kept, so that a corrected retry with the same key can succeed.
     */
    synchronized Answer idempotent(String key, String request, FormParams params, Supplier<Answer> call) {
        Replay replay = replays.get(key);
        if (replay != null) {
            if (!replay.request.equals(request) || !replay.params.equals(params.asMap())) {
                return Answer.of(new StripeError(400, "idempotency_error", null, null,
                        "Keys for idempotent requests can only be used with the same parameters they were first used "
                                + "with. Try using a key other than '" + key + "' if you meant to execute a different "
                                + "request."));
            }
            return replay.answer;
        }
        Answer answer = call.get();
        if (answer.succeeded()) {
            replays.put(key, new Replay(request, params.asMap(), answer, answer.objectId()));
        }
        return answer;
    }

    synchronized Map<String, Object> createSession(FormParams params) {
        CheckoutSession session = CheckoutSession.create(now(), params, payPageBase);
        sessions.put(session.id, session);
        return session.toJson();
    }

    synchronized Map<String, Object> session(String id) {
        return find(id).toJson();
    }

    synchronized List<Map<String, Object>> sessions() {
        List<Map<String, Object>> all = new ArrayList<>();
        sessions.values().forEach(session -> all.add(session.toJson()));
        return all;
    }

    /** A page of sessions, newest first, as Stripe lists them; cursors are session ids. */
    synchronized Map<String, Object> listSessions(FormParams params) {
        Long limit = params.integer("limit");
        int size = limit == null ? 10 : limit.intValue();
        if (limit != null && (limit < 1 || limit > 100)) {
            throw StripeError.invalid("limit", "Invalid integer: limit must be between 1 and 100.");
        }
        String status = params.string("status");
        if (status != null && !SESSION_STATUSES.contains(status)) {
            throw StripeError.invalid("status", "Invalid status: must be one of open, complete, or expired.");
        }
        String paymentIntent = params.string("payment_intent");
        List<CheckoutSession> newestFirst = new ArrayList<>(sessions.values());
        Collections.reverse(newestFirst);
        String after = params.string("starting_after");
        String before = params.string("ending_before");
        int from = after == null ? 0 : cursor(newestFirst, after, "starting_after") + 1;
        int to = before == null ? newestFirst.size() : cursor(newestFirst, before, "ending_before");
        List<Map<String, Object>> matching = new ArrayList<>();
        for (CheckoutSession session : newestFirst.subList(from, Math.max(from, to))) {
            if ((status == null || status.equals(session.status))
                    && (paymentIntent == null || paymentIntent.equals(session.paymentIntent))) {
                matching.add(session.toJson());
            }
        }
        boolean hasMore = matching.size() > size;
        // ending_before pages backwards: the page is the one just newer than the cursor
        List<Map<String, Object>> page = before != null && after == null
                ? matching.subList(Math.max(0, matching.size() - size), matching.size())
                : matching.subList(0, Math.min(size, matching.size()));
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("data", new ArrayList<>(page));
        list.put("has_more", hasMore);
        list.put("url", "/v1/checkout/sessions");
        return list;
    }

    synchronized Map<String, Object> expire(String id) {
        CheckoutSession session = find(id);
        if (!session.isOpen()) {
            throw StripeError.invalid(null, "Only Checkout Sessions with a status of `open` can be expired. This "
                    + "Checkout Session has a status of `" + session.status + "`.");
        }
        session.status = "expired";
        emit("checkout.session.expired", session.toJson());
        return session.toJson();
    }

    /** Completes an open session; answers where its customer is sent next. */
    synchronized String pay(String id) {
        CheckoutSession session = open(id);
        PaymentIntent intent = paymentIntentOf(session);
        intent.succeed(now());
        charges.put(intent.charge.id, intent.charge);
        session.status = "complete";
        session.paymentStatus = "paid";
        emit("checkout.session.completed", session.toJson());
        return session.successRedirect();
    }

    synchronized void failPayment(String id) {
        PaymentIntent intent = paymentIntentOf(open(id));
        intent.decline();
        emit("payment_intent.payment_failed", intent.toJson());
    }

    synchronized void forget(String id) {
        find(id);
        sessions.remove(id);
        replays.values().removeIf(replay -> id.equals(replay.objectId));
    }

    synchronized Map<String, Object> refund(FormParams params) {
        Charge charge = refundedCharge(params);
        if (charge.refundable() == 0) {
            throw StripeError.invalid("charge", "charge_already_refunded",
                    "Charge " + charge.id + " has already been refunded.");
        }
        Long requested = params.integer("amount");
        long amount = requested == null ? charge.refundable() : requested;
        if (amount < 1) {
            throw StripeError.invalid("amount", "Invalid positive integer");
        }
        if (amount > charge.refundable()) {
            throw StripeError.invalid("amount", "Refund amount (" + Money.format(amount, charge.currency)
                    + ") is greater than unrefunded amount on charge (" + Money.format(charge.refundable(),
                    charge.currency) + ")");
        }
        String reason = params.string("reason");
        if (reason != null && !REFUND_REASONS.contains(reason)) {
            throw StripeError.invalid("reason",
                    "Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer");
        }
        Refund refund = new Refund(Ids.next("re_"), now(), amount, charge.currency, charge.paymentIntent, charge.id,
                reason, Map.copyOf(params.strings("metadata")));
        refunds.put(refund.id(), refund);
        charge.amountRefunded += amount;
        emit("charge.refunded", charge.toJson());
        return refund.toJson();
    }

    synchronized Map<String, Object> retrieveRefund(String id) {
        return existing(refunds.get(id), "refund", id).toJson();
    }

    synchronized Map<String, Object> retrievePaymentIntent(String id) {
        return existing(paymentIntents.get(id), "payment_intent", id).toJson();
    }

    synchronized Map<String, Object> retrieveCharge(String id) {
        return existing(charges.get(id), "charge", id).toJson();
    }

    /** Reads a session whole, as the pay page shows it. */
    synchronized <T> T withSession(String id, Function<CheckoutSession, T> reader) {
        return reader.apply(find(id));
    }

    synchronized List<String> events() {
        return List.copyOf(events.values());
    }

    synchronized void redeliver(String eventId) {
        String payload = events.get(eventId);
        if (payload == null) {
            throw new IllegalArgumentException("no event " + eventId);
        }
        if (!webhooks.send(payload)) {
            throw new IllegalStateException("no webhook URL to redeliver " + eventId + " to");
        }
    }

    private void emit(String type, Map<String, Object> object) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", null);
        request.put("idempotency_key", null);
        Map<String, Object> event = new LinkedHashMap<>();
        String id = Ids.next("evt_");
        event.put("id", id);
        event.put("object", "event");
        // stripe-java deserializes the data object only for events of its own API version
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", now());
        event.put("data", Map.of("object", object));
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        event.put("request", request);
        event.put("type", type);
        String payload = Answer.json(event);
        events.put(id, payload);
        webhooks.send(payload);
    }

    private CheckoutSession find(String id) {
        return existing(sessions.get(id), "checkout.session", id);
    }

    private static <T> T existing(T found, String object, String id) {
        if (found == null) {
            throw StripeError.noSuch(object, id);
        }
        return found;
    }

    private CheckoutSession open(String id) {
        CheckoutSession session = find(id);
        if (!session.isOpen()) {
            throw StripeError.invalid(null, "Checkout Session " + id + " is " + session.status
                    + " and can no longer be paid.");
        }
        return session;
    }

    private PaymentIntent paymentIntentOf(CheckoutSession session) {
        if (session.paymentIntent == null) {
            PaymentIntent intent = new PaymentIntent(now(), session.amountTotal, session.currency,
                    session.paymentIntentMetadata);
            paymentIntents.put(intent.id, intent);
            session.paymentIntent = intent.id;
        }
        return paymentIntents.get(session.paymentIntent);
    }

    private Charge refundedCharge(FormParams params) {
        String paymentIntent = params.string("payment_intent");
        String charge = params.string("charge");
        if (paymentIntent != null) {
            PaymentIntent intent = paymentIntents.get(paymentIntent);
            if (intent == null) {
                throw StripeError.noSuch("payment_intent", paymentIntent, "payment_intent");
            }
            if (intent.charge == null) {
                throw StripeError.invalid("payment_intent", "This PaymentIntent (" + paymentIntent
                        + ") does not have a successful charge to refund.");
            }
            return intent.charge;
        }
        if (charge == null) {
            throw StripeError.missing("payment_intent");
        }
        Charge found = charges.get(charge);
        if (found == null) {
            throw StripeError.noSuch("charge", charge, "charge");
        }
        return found;
    }

    private static int cursor(List<CheckoutSession> sessions, String id, String param) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).id.equals(id)) {
                return i;
            }
        }
        throw StripeError.noSuch("checkout.session", id, param);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}

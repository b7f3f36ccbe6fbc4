package org.jewelers.stripestub;

import com.stripe.net.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local Stripe-compatible server for tests and the dev stack, on 127.0.0.1: Checkout Sessions in payment mode,
 * refunds, a hosted pay page, and events POSTed to a webhook URL signed as Stripe signs them, so that stripe-java
 * ({@code StripeClient.builder().setApiBase(stub.apiBase())}) and the production webhook verification run
 * unchanged. Everything is kept in memory. DEV/TEST ONLY: no card is asked for and no money moves.
 *
 * <p>The methods other than {@link #start} act as the customer or as Stripe itself would. They refuse an unknown
 * session with {@link IllegalArgumentException} and a session in the wrong state with
 * {@link IllegalStateException}.
 */
public final class StripeStub implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers;
    private final WebhookDelivery webhooks;
    private final StripeAccount account;
    private final String apiBase;

    private StripeStub(HttpServer server, ExecutorService handlers, WebhookDelivery webhooks, String apiBase) {
        this.server = server;
        this.handlers = handlers;
        this.webhooks = webhooks;
        this.apiBase = apiBase;
        this.account = new StripeAccount(apiBase + "/pay/", webhooks);
    }

    /** Serves on {@code port} of 127.0.0.1 (0 for any free port), signing events with {@code webhookSecret}. */
    public static StripeStub start(int port, String webhookSecret) {
        if (webhookSecret == null || webhookSecret.isBlank()) {
            throw new IllegalArgumentException("a webhook secret is needed to sign events");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serve the Stripe stub on port " + port, e);
        }
        // a webhook receiver may call back into the API while its event is being delivered
        ExecutorService handlers = Executors.newCachedThreadPool(task -> {
            Thread handler = new Thread(task, "stripe-stub-http");
            handler.setDaemon(true);
            return handler;
        });
        StripeStub stub = new StripeStub(server, handlers, new WebhookDelivery(webhookSecret),
                "http://127.0.0.1:" + server.getAddress().getPort());
        server.createContext("/v1/", new StripeApi(stub.account));
        server.createContext("/pay/", new PayPage(stub.account));
        server.setExecutor(handlers);
        server.start();
        return stub;
    }

    /** What to give stripe-java's {@code setApiBase}: {@code http://127.0.0.1:<port>}. */
    public String apiBase() {
        return apiBase;
    }

    /** Where events are POSTed from now on; null stops sending (events are still kept, see {@link #sentEvents}). */
    public void webhookTo(String url) {
        webhooks.target(url);
    }

    /** The hosted pay page of a session, the {@code url} a Checkout Session answers while open. */
    public String payPage(String sessionId) {
        return apiBase + "/pay/" + sessionId;
    }

    /** What the pay page's button does: the session completes and {@code checkout.session.completed} is sent. */
    public void pay(String sessionId) {
        try {
            account.pay(sessionId);
        } catch (StripeError refusal) {
            throw refused(refusal);
        }
    }

    /** Stripe's own expiry of an open session: {@code checkout.session.expired} is sent. */
    public void expire(String sessionId) {
        try {
            account.expire(sessionId);
        } catch (StripeError refusal) {
            throw refused(refusal);
        }
    }

    /**
     * A declined card on the pay page: {@code payment_intent.payment_failed} is sent for the session's payment
     * intent, made now if it has none yet; the session stays open and can still be paid.
     */
    public void failPayment(String sessionId) {
        try {
            account.failPayment(sessionId);
        } catch (StripeError refusal) {
            throw refused(refusal);
        }
    }

    /** Drops a session as if Stripe never had it, for reconciliation tests; no event is sent. */
    public void forget(String sessionId) {
        try {
            account.forget(sessionId);
        } catch (StripeError refusal) {
            throw refused(refusal);
        }
    }

    /** The current sessions as Stripe would answer them, oldest first. */
    public List<Map<String, Object>> sessions() {
        return account.sessions();
    }

    /** The JSON payloads of all events made so far, oldest first, whether or not they were delivered. */
    public List<String> sentEvents() {
        return account.events();
    }

    /** Sends an event again to the current webhook URL: the same id and payload, freshly signed. */
    public void redeliver(String eventId) {
        account.redeliver(eventId);
    }

    /** Stripe's {@code Stripe-Signature} header: {@code t=<s>,v1=<hex HMAC-SHA256 of "<s>.<payload>">}. */
    public static String signature(String payload, String secret, long epochSeconds) {
        try {
            return "t=" + epochSeconds + ",v1="
                    + Webhook.Util.computeHmacSha256(secret, epochSeconds + "." + payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        webhooks.close();
    }

    private static RuntimeException refused(StripeError refusal) {
        return refusal.status == 404
                ? new IllegalArgumentException(refusal.getMessage())
                : new IllegalStateException(refusal.getMessage());
    }
}

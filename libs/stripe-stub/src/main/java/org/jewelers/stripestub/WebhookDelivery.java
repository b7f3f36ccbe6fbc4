package org.jewelers.stripestub;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * POSTs events to the webhook URL, signed as Stripe signs them, on one background thread so that first attempts go
 * out in creation order and no API request waits on the receiver. A refused attempt is retried later with a growing
 * backoff; meanwhile later events go out, as at Stripe, which promises no order either.
 */
final class WebhookDelivery implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WebhookDelivery.class.getName());
    /** The waits before the 2nd, 3rd, ... attempt: ten attempts within about half a minute. */
    private static final long[] BACKOFF_MILLIS = {200, 500, 1_000, 2_000, 5_000, 5_000, 5_000, 5_000, 5_000};

    private final String secret;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread delivery = new Thread(task, "stripe-stub-webhooks");
        delivery.setDaemon(true);
        return delivery;
    });
    private volatile URI target;

    WebhookDelivery(String secret) {
        this.secret = secret;
    }

    void target(String url) {
        target = url == null ? null : URI.create(url);
    }

    /** Queues {@code payload} for the current webhook URL; false when there is none (the event is not sent). */
    boolean send(String payload) {
        URI to = target;
        if (to == null) {
            return false;
        }
        try {
            thread.execute(() -> attempt(to, payload, 0));
        } catch (RejectedExecutionException closed) {
            LOG.log(Level.DEBUG, "stub closed, event not sent");
        }
        return true;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private void attempt(URI to, String payload, int failures) {
        String refusal = post(to, payload);
        if (refusal == null) {
            return;
        }
        if (failures == BACKOFF_MILLIS.length) {
            LOG.log(Level.WARNING, "giving up an event to {0} after {1} attempts ({2})", to, failures + 1, refusal);
            return;
        }
        LOG.log(Level.DEBUG, "event to {0} refused ({1}), retrying", to, refusal);
        try {
            thread.schedule(() -> attempt(to, payload, failures + 1), BACKOFF_MILLIS[failures], TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.log(Level.DEBUG, "stub closed, event not retried");
        }
    }

    /** Null if the receiver took the event, else why not. */
    private String post(URI to, String payload) {
        // each attempt is signed anew, as Stripe's are, so that a retry is not refused as too old
        HttpRequest request = HttpRequest.newBuilder(to)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Stripe-Signature", StripeStub.signature(payload, secret, Instant.now().getEpochSecond()))
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}

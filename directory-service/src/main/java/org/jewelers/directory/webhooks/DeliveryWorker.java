package org.jewelers.directory.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jewelers.leases.LeaseLost;
import org.jewelers.leases.Leases;
import org.jewelers.webhooks.OutboundTarget;
import org.jewelers.webhooks.OutboundUrlGuard;
import org.jewelers.webhooks.RefusedUrlException;
import org.jewelers.webhooks.WebhookHeaders;
import org.jewelers.webhooks.WebhookSecret;
import org.jewelers.webhooks.WebhookSigner;

/**
 * Sends the change feed to the subscribed endpoints, on one replica at a time (the lease {@value #LEASE}): each
 * endpoint gets its changes one by one in feed order, so each member's arrive in order, and a failure holds the
 * endpoint's later changes back until it is retried. Every send checks the URL again and connects to the very
 * address checked (no second lookup, no redirects followed). A crash between a send and its record sends that change
 * again: at least once, with the same webhook-id.
 */
@ApplicationScoped
public class DeliveryWorker {

    static final String LEASE = "webhook-deliveries";

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    /** Endpoints served per round, and changes per endpoint per round: a busy endpoint does not starve the others. */
    private static final int ENDPOINTS_PER_ROUND = 100;
    private static final int CHANGES_PER_ENDPOINT = 100;

    private final Deliveries deliveries;
    private final OutboundUrlGuard guard;
    private final Leases leases;
    private final ObjectMapper json;
    private final Clock clock;
    private final Vertx vertx;
    private final Duration leaseDuration;
    private final Duration pollEvery;
    private final Duration timeout;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "webhook-deliveries"));
    private HttpClient client;

    @Inject
    DeliveryWorker(Deliveries deliveries, OutboundUrlGuard guard, Leases leases, ObjectMapper json, Clock clock, Vertx vertx,
                   @ConfigProperty(name = "directory.webhooks.lease-duration", defaultValue = "60S") Duration leaseDuration,
                   @ConfigProperty(name = "directory.webhooks.poll-every", defaultValue = "2S") Duration pollEvery,
                   @ConfigProperty(name = "directory.webhooks.timeout", defaultValue = "10S") Duration timeout) {
        this.deliveries = deliveries;
        this.guard = guard;
        this.leases = leases;
        this.json = json;
        this.clock = clock;
        this.vertx = vertx;
        this.leaseDuration = leaseDuration;
        this.pollEvery = pollEvery;
        this.timeout = timeout;
    }

    void start(@Observes StartupEvent event) {
        // No pooled connection outlives its send: the next send connects to the address checked for it.
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setVerifyHost(true).setForceSni(true));
        worker.scheduleWithFixedDelay(this::runDue, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    private void runDue() {
        try {
            leases.runExclusively(LEASE, leaseDuration, lease -> {
                for (UUID endpoint : deliveries.due(ENDPOINTS_PER_ROUND)) {
                    if (Thread.currentThread().isInterrupted() || lease.lost()) {
                        return;
                    }
                    deliver(endpoint);
                }
            });
        } catch (LeaseLost e) {
            LOG.warnf("webhook deliveries stopped on this replica: %s", e.getMessage());
        } catch (RuntimeException e) {
            // Thrown out of a scheduled task, it would end the polling for good.
            LOG.errorf(e, "webhook deliveries could not be run");
        }
    }

    private void deliver(UUID endpoint) {
        for (int i = 0; i < CHANGES_PER_ENDPOINT && !Thread.currentThread().isInterrupted(); i++) {
            Optional<Deliveries.Due> due = deliveries.next(endpoint);
            if (due.isEmpty()) {
                return;
            }
            Deliveries.Outcome outcome = send(due.get());
            deliveries.record(due.get(), outcome);
            if (!outcome.succeeded()) {
                return;
            }
        }
    }

    private Deliveries.Outcome send(Deliveries.Due due) {
        OutboundTarget target;
        try {
            target = guard.check(due.url());
        } catch (RefusedUrlException e) {
            return new Deliveries.Outcome(null, "refused: " + e.getMessage());
        }
        byte[] payload = payload(due);
        WebhookHeaders signed = new WebhookSigner(WebhookSecret.parse(due.secret()), clock)
                .sign(due.change().id().toString(), payload);
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/" : target.uri().getRawPath();
        if (target.uri().getRawQuery() != null) {
            path += "?" + target.uri().getRawQuery();
        }
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl("https".equalsIgnoreCase(target.uri().getScheme()))
                .setURI(path)
                .setFollowRedirects(false)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "jewelers-directory-webhooks/1")
                .putHeader(WebhookHeaders.ID, signed.id())
                .putHeader(WebhookHeaders.TIMESTAMP, Long.toString(signed.timestamp()))
                .putHeader(WebhookHeaders.SIGNATURE, signed.signature());
        try {
            int status = client.request(options)
                    .compose(request -> request.send(Buffer.buffer(payload)))
                    .compose(response -> response.body().map(body -> response))
                    .map(HttpClientResponse::statusCode)
                    .toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            return status >= 200 && status < 300 ? new Deliveries.Outcome(status, null)
                    : new Deliveries.Outcome(status, "HTTP " + status);
        } catch (ExecutionException e) {
            return new Deliveries.Outcome(null, String.valueOf(e.getCause().getMessage()));
        } catch (TimeoutException e) {
            return new Deliveries.Outcome(null, "no answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Deliveries.Outcome(null, "interrupted");
        }
    }

    /** The Standard Webhooks payload shape: type, timestamp and data, the data exactly the feed's. */
    private byte[] payload(Deliveries.Due due) {
        ObjectNode body = json.createObjectNode();
        body.put("type", due.change().type());
        body.put("timestamp", due.change().occurredAt().toString());
        body.set("data", due.change().data());
        try {
            return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

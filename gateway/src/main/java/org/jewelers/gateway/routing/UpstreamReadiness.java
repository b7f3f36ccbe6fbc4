package org.jewelers.gateway.routing;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Asks every instance of every service, every {@code gateway.readiness.interval}, whether it is ready
 * ({@code /q/health/ready}, public on each service's own port). It is not when it takes no connection (starting,
 * stopped) or answers 503 (what Quarkus answers while a readiness check is down); any other answer makes it ready
 * again. An instance that stays silent keeps what it was: a frozen instance is the circuit breaker's to judge, from
 * the requests that time out on it.
 */
@Singleton
public class UpstreamReadiness {

    static final String PATH = "/q/health/ready";

    private static final Logger LOG = Logger.getLogger(UpstreamReadiness.class);

    private final Upstreams upstreams;
    private final UpstreamPools pools;
    /** Instances with a question under way: a slow instance is not asked again before it answered. */
    private final Set<UpstreamInstance> asking = ConcurrentHashMap.newKeySet();

    UpstreamReadiness(Upstreams upstreams, UpstreamPools pools) {
        this.upstreams = upstreams;
        this.pools = pools;
    }

    /** What a caller is told to wait when no instance is ready: until the instances were asked again. */
    static long retryAfterSeconds(Upstreams upstreams) {
        return Math.max(1, (upstreams.readiness().interval().toMillis() + 999) / 1000);
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        long timeoutMillis = upstreams.connectTimeout().toMillis();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeoutMillis));
        askAll(client, timeoutMillis);
        vertx.setPeriodic(upstreams.readiness().interval().toMillis(), id -> askAll(client, timeoutMillis));
    }

    private void askAll(HttpClient client, long timeoutMillis) {
        pools.all().forEach(pool -> pool.instances().forEach(instance -> {
            if (asking.add(instance)) {
                ask(client, instance, timeoutMillis);
            }
        }));
    }

    private void ask(HttpClient client, UpstreamInstance instance, long timeoutMillis) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setServer(instance.address())
                .setHost(instance.address().host()).setPort(instance.address().port())
                .setURI(PATH).setIdleTimeout(timeoutMillis);
        client.request(options)
                .onFailure(noConnection -> learn(instance, false))
                .compose(request -> request.send().compose(response -> response.body().map(body -> {
                    learn(instance, response.statusCode() != 503);
                    return body;
                })))
                .onComplete(done -> asking.remove(instance));
    }

    private static void learn(UpstreamInstance instance, boolean ready) {
        if (instance.isReady() != ready) {
            LOG.infof("%s is %s", instance.name(), ready ? "ready" : "not ready");
        }
        instance.ready(ready);
    }
}

package org.jewelers.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jewelers.gateway.edge.TrustedProxies;
import org.jewelers.web.problem.BodyLimits;

/** Sends every request under a service's path prefixes to one of that service's instances, as it came. */
@Singleton
public class UpstreamRoutes {

    private final Upstreams upstreams;
    private final UpstreamPools pools;
    private final UpstreamFailures failures;
    private final TrustedProxies proxies;
    private final BodyLimits bodyLimits;

    UpstreamRoutes(Upstreams upstreams, UpstreamPools pools, UpstreamFailures failures, TrustedProxies proxies,
                   BodyLimits bodyLimits) {
        this.upstreams = upstreams;
        this.pools = pools;
        this.failures = failures;
        this.proxies = proxies;
        this.bodyLimits = bodyLimits;
    }

    void install(@Observes Router router, Vertx vertx) {
        upstreams.upstreams().forEach((name, upstream) -> {
            // One connection per request in flight: the load shedding keeps a service at max-in-flight, so a
            // request never waits for a pooled connection, where no timeout would bound its wait.
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                            .setConnectTimeout((int) upstreams.connectTimeout().toMillis()),
                    new PoolOptions().setHttp1MaxSize(upstream.maxInFlight()));
            // The idle timeout fails the request when the service sends nothing for that long, which the failure
            // interceptor answers with 504.
            RequestOptions options = new RequestOptions().setIdleTimeout(upstream.timeout().toMillis());
            UpstreamPool pool = pools.pool(name);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(new InstanceFailover(pool, options, UpstreamReadiness.retryAfterSeconds(upstreams)))
                    .addInterceptor(failures.forService(pool))
                    .addInterceptor(new StreamedBodyLimit(bodyLimits))
                    .addInterceptor(new ClientFacingHost())
                    .addInterceptor(new ForwardedHeaders(proxies));
            ProxyHandler handler = ProxyHandler.create(proxy);
            // "/prefix/*" also matches the bare prefix, but not "/prefixes-of-another-service".
            upstream.prefixes().forEach(prefix -> router.route(prefix + "/*").handler(handler));
        });
    }
}

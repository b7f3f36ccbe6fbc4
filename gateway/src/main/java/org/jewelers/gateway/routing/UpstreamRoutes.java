package org.jewelers.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import org.jewelers.gateway.edge.TrustedProxies;

/** Sends every request under a service's path prefixes to that service, as it came. */
@Singleton
public class UpstreamRoutes {

    private final Upstreams upstreams;
    private final UpstreamFailures failures;
    private final TrustedProxies proxies;

    UpstreamRoutes(Upstreams upstreams, UpstreamFailures failures, TrustedProxies proxies) {
        this.upstreams = upstreams;
        this.failures = failures;
        this.proxies = proxies;
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) upstreams.connectTimeout().toMillis()));
        upstreams.upstreams().forEach((name, upstream) -> {
            URI url = upstream.url();
            SocketAddress origin = SocketAddress.inetSocketAddress(url.getPort() < 0 ? 80 : url.getPort(),
                    url.getHost());
            // The idle timeout fails the request when the service sends nothing for that long, which the failure
            // interceptor answers with 504.
            RequestOptions options = new RequestOptions().setServer(origin)
                    .setIdleTimeout(upstream.timeout().toMillis());
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, http) -> http.request(new RequestOptions(options)))
                    .addInterceptor(failures.forService(name))
                    .addInterceptor(new ClientFacingHost())
                    .addInterceptor(new ForwardedHeaders(proxies));
            ProxyHandler handler = ProxyHandler.create(proxy);
            // "/prefix/*" also matches the bare prefix, but not "/prefixes-of-another-service".
            upstream.prefixes().forEach(prefix -> router.route(prefix + "/*").handler(handler));
        });
    }
}

package org.jewelers.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;

/** Sends every request under a service's path prefixes to that service, as it came. */
@Singleton
public class UpstreamRoutes {

    private final Upstreams upstreams;
    private final UnavailableUpstream unavailable;

    UpstreamRoutes(Upstreams upstreams, UnavailableUpstream unavailable) {
        this.upstreams = upstreams;
        this.unavailable = unavailable;
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) upstreams.connectTimeout().toMillis()));
        upstreams.upstreams().forEach((name, upstream) -> {
            URI url = upstream.url();
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(url.getPort() < 0 ? 80 : url.getPort(), url.getHost())
                    .addInterceptor(unavailable.forService(name))
                    .addInterceptor(new ClientFacingHost());
            ProxyHandler handler = ProxyHandler.create(proxy);
            // "/prefix/*" also matches the bare prefix, but not "/prefixes-of-another-service".
            upstream.prefixes().forEach(prefix -> router.route(prefix + "/*").handler(handler));
        });
    }
}

package org.jewelers.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jewelers.gateway.edge.TrustedProxies;

/**
 * Tells the service who called and how: X-Forwarded-For (the client address as the trusted proxies resolve it),
 * X-Forwarded-Proto and X-Forwarded-Host. What the caller sent in these headers, or in Forwarded, is replaced, so
 * that a service never trusts an address the caller made up.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    private final TrustedProxies proxies;

    ForwardedHeaders(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        headers.remove("Forwarded");
        headers.set("X-Forwarded-For", proxies.clientAddress(incoming));
        headers.set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        }
        return context.sendRequest();
    }
}

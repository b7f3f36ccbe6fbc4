package org.jewelers.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Forwards the Host the client used instead of the service's own address: services build links (Location, paging)
 * from the Host they see, and those links must point at the gateway, the only public origin.
 */
final class ClientFacingHost implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HostAndPort clientFacing = context.request().proxiedRequest().authority();
        if (clientFacing != null) {
            context.request().setAuthority(clientFacing);
        }
        return context.sendRequest();
    }
}

package org.jewelers.gateway.routing;

import io.vertx.core.net.SocketAddress;
import java.net.URI;

/** One running copy of a service: where it listens, and its own circuit breaker. */
final class UpstreamInstance {

    private final String name;
    private final SocketAddress address;
    private final CircuitBreaker breaker;

    UpstreamInstance(String service, URI url, CircuitBreaker breaker) {
        int port = url.getPort() < 0 ? 80 : url.getPort();
        this.name = service + "@" + url.getHost() + ":" + port;
        this.address = SocketAddress.inetSocketAddress(port, url.getHost());
        this.breaker = breaker;
    }

    /** The service and the instance's address, e.g. {@code directory@10.0.0.5:8082}: how health and logs name it. */
    String name() {
        return name;
    }

    SocketAddress address() {
        return address;
    }

    CircuitBreaker breaker() {
        return breaker;
    }
}

package org.jewelers.gateway.routing;

import io.vertx.core.net.SocketAddress;
import java.net.URI;
import java.util.Locale;

/**
 * One running copy of a service: where it listens, whether it is ready, and its own circuit breaker. Readiness and
 * the breaker judge different things: an instance that takes no connections, or says it is not ready, is starting
 * or stopped and is skipped until it says it is ready; the breaker counts what goes wrong once a request was sent.
 */
final class UpstreamInstance {

    private final String name;
    private final SocketAddress address;
    private final CircuitBreaker breaker;
    /** Believed until the instance says otherwise: a gateway starting beside its services does not hold them back. */
    private volatile boolean ready = true;

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

    boolean isReady() {
        return ready;
    }

    void ready(boolean ready) {
        this.ready = ready;
    }

    /** {@code not_ready}, or else the breaker's state: {@code closed}, {@code open}, {@code half_open}. */
    String state() {
        return ready ? breaker.state().name().toLowerCase(Locale.ROOT) : "not_ready";
    }
}

package org.jewelers.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The services behind the gateway and the path prefixes each one answers, e.g.
 * {@code gateway.upstreams.directory.url=http://127.0.0.1:8082} (env {@code GATEWAY_UPSTREAMS_DIRECTORY_URL}) and
 * {@code gateway.upstreams.directory.prefixes=/api/v1/members,/api/v1/services}.
 */
@ConfigMapping(prefix = "gateway")
public interface Upstreams {

    Map<String, Upstream> upstreams();

    /** How long to wait for a connection to a service before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    CircuitBreakerSettings circuitBreaker();

    interface Upstream {

        URI url();

        List<String> prefixes();

        /**
         * How long the service may stay silent (no response, or no byte of it) before the gateway answers 504.
         * Roster imports and uploads answer within it too: they are accepted and processed in the background.
         */
        @WithDefault("10s")
        Duration timeout();
    }

    interface CircuitBreakerSettings {

        /** Consecutive failures (no connection, or a timeout) after which a service is not called for a while. */
        @WithDefault("5")
        int failureThreshold();

        /** How long the breaker stays open before one trial request may pass. */
        @WithDefault("10s")
        Duration openFor();
    }
}

package org.jewelers.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The services behind the gateway and the path prefixes each one answers, e.g.
 * {@code gateway.upstreams.directory.url=http://127.0.0.1:8082} (env {@code GATEWAY_UPSTREAMS_DIRECTORY_URL}) and
 * {@code gateway.upstreams.directory.prefixes=/api/v1/members,/api/v1/services}. A service with several instances
 * lists them all, comma-separated, in the same setting:
 * {@code gateway.upstreams.directory.url=http://10.0.0.5:8082,http://10.0.0.6:8082}.
 */
@ConfigMapping(prefix = "gateway")
public interface Upstreams {

    Map<String, Upstream> upstreams();

    /** How long to wait for a connection to a service before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    CircuitBreakerSettings circuitBreaker();

    ReadinessSettings readiness();

    interface Upstream {

        /** The service's instances: one URL, or several comma-separated, taken in turn. */
        @WithName("url")
        List<URI> instances();

        List<String> prefixes();

        /**
         * How long the service may stay silent (no response, or no byte of it) before the gateway answers 504.
         * Roster imports and uploads answer within it too: they are accepted and processed in the background.
         */
        @WithDefault("10s")
        Duration timeout();

        /**
         * Requests the gateway has at this service at once (over all its instances). Past them requests wait in a
         * short queue, and past the queue they are refused at once with 503, so that an overloaded service is
         * answered fast instead of piling up requests that would all time out.
         */
        @WithDefault("200")
        int maxInFlight();

        /** Requests that may wait for a free slot once the service is at {@code max-in-flight}. */
        @WithDefault("100")
        int queueSize();

        /** How long a request may wait in the queue before it is refused with 503. */
        @WithDefault("500ms")
        Duration queueWait();
    }

    interface ReadinessSettings {

        /**
         * How often the gateway asks each instance's {@code /q/health/ready}. An instance that takes no connection or
         * answers 503 is not sent requests until it answers otherwise; callers meanwhile get 503 with Retry-After.
         */
        @WithDefault("1s")
        Duration interval();
    }

    interface CircuitBreakerSettings {

        /**
         * Consecutive failures of an instance that took the request (a timeout, or a connection broken before the
         * answer) after which it is not called for a while. A refused connection is no failure: it says the instance
         * is not ready.
         */
        @WithDefault("5")
        int failureThreshold();

        /** How long the breaker stays open before one trial request may pass. */
        @WithDefault("10s")
        Duration openFor();
    }
}

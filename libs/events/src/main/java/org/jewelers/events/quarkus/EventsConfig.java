package org.jewelers.events.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Configuration of the events library in a Quarkus service; Kafka itself is {@code kafka.bootstrap.servers}. */
@ConfigMapping(prefix = "events")
public interface EventsConfig {

    /** The CloudEvents source of this service's events; defaults to {@code /<quarkus.application.name>}. */
    Optional<String> source();

    Relay relay();

    Consumer consumer();

    interface Relay {

        /** Off in a copy of the service that must never publish, e.g. a read-only replica. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("500")
        int batchSize();

        @WithDefault("500ms")
        Duration pollInterval();

        @WithDefault("1s")
        Duration lockRetry();

        @WithDefault("10s")
        Duration maxBlock();

        @WithDefault("30s")
        Duration deliveryTimeout();

        @WithDefault("5s")
        Duration maxBackoff();

        @WithDefault("P7D")
        Duration retention();
    }

    interface Consumer {

        /** Off to run a service without feeding its read models, e.g. in tests of its HTTP API alone. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("3")
        int maxAttempts();

        @WithDefault("200ms")
        Duration retryBackoff();
    }
}

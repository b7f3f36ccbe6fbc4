package org.jewelers.events.quarkus;

import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.ServiceAccess;
import org.jewelers.events.consumer.ConsumerSettings;
import org.jewelers.events.consumer.EventHandler;
import org.jewelers.events.consumer.IdempotentConsumer;
import org.jewelers.events.relay.OutboxRelay;
import org.jewelers.events.relay.RelaySettings;
import org.jewelers.events.schema.EventSchema;
import org.jewelers.events.support.ConnectionSource;
import org.jewelers.events.support.KafkaConnection;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * At startup: migrates the event tables, starts the outbox relay and one consumer per {@link EventHandler} bean;
 * stops them at shutdown.
 */
@ApplicationScoped
public class EventsLifecycle {

    private static final Logger LOG = Logger.getLogger(EventsLifecycle.class);

    @Inject
    DataSource dataSource;

    @Inject
    EventsConfig config;

    @Inject
    Contracts contracts;

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    Instance<OpenTelemetry> openTelemetry;

    @Inject
    KafkaConnection kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private OutboxRelay relay;
    private final List<IdempotentConsumer> consumers = new ArrayList<>();

    // Early, so that the event tables exist before any other startup code appends an event.
    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        EventSchema.migrate(dataSource);
        if (config.relay().enabled()) {
            startRelay();
        }
        if (config.consumer().enabled()) {
            handlers.forEach(this::requireAccess);
            handlers.forEach(this::startConsumer);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        consumers.forEach(IdempotentConsumer::close);
        consumers.clear();
        if (relay != null) {
            relay.close();
            relay = null;
        }
    }

    /** "active" when this copy publishes the outbox, "standby" when another copy does, "disabled" when off. */
    public String relayState() {
        OutboxRelay current = relay;
        if (current == null) {
            return "disabled";
        }
        return current.isActive() ? "active" : "standby";
    }

    private void startRelay() {
        String url = jdbcUrl.orElseThrow(() -> new IllegalStateException(
                "the outbox relay needs quarkus.datasource.jdbc.url (or events.relay.enabled=false)"));
        EventsConfig.Relay settings = config.relay();
        relay = new OutboxRelay(
                ConnectionSource.postgres(url, username.orElse(null), password.orElse(null)),
                new RelaySettings(kafka, settings.batchSize(), settings.pollInterval(), settings.lockRetry(),
                        settings.maxBlock(), settings.deliveryTimeout(), settings.maxBackoff(), settings.retention()),
                contracts.topics());
        relay.start();
    }

    /**
     * A consumer outside what the contracts grant this service would be refused by a broker with ACLs; say so at
     * startup, on every broker, rather than in production's logs.
     */
    private void requireAccess(EventHandler handler) {
        ServiceAccess.of(applicationName).ifPresent(access -> handler.topics().stream()
                .filter(topic -> !access.mayConsume(handler.group(), topic)).findAny().ifPresent(topic -> {
                    throw new IllegalStateException(applicationName + " may not read " + topic + " in consumer group "
                            + handler.group() + ": grant it in org.jewelers.contracts.ServiceAccess first");
                }));
    }

    private void startConsumer(EventHandler handler) {
        EventsConfig.Consumer settings = config.consumer();
        ConsumerSettings defaults = ConsumerSettings.defaults(kafka);
        ConsumerSettings consumerSettings = new ConsumerSettings(kafka, settings.maxAttempts(),
                settings.retryBackoff(), defaults.pollTimeout(), defaults.maxBackoff());
        IdempotentConsumer consumer = new IdempotentConsumer(handler, new QuarkusTransactions(dataSource),
                consumerSettings, openTelemetry.isResolvable() ? openTelemetry.get() : OpenTelemetry.noop());
        consumers.add(consumer);
        consumer.start();
        LOG.infof("Consumer %s reads %s", handler.group(), handler.topics());
    }
}

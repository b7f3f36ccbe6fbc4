package org.jewelers.events.quarkus;

import io.smallrye.health.api.Wellness;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jewelers.events.support.KafkaConnection;
import org.jewelers.events.support.KafkaTopics;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * Shows whether Kafka answers, under /q/health (wellness), without gating readiness: while the broker is away
 * the outbox keeps the events and the service still serves requests.
 */
@Wellness
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CACHED_FOR = Duration.ofSeconds(5);

    @Inject
    KafkaConnection kafka;

    @Inject
    EventsLifecycle lifecycle;

    private Admin admin;
    private HealthCheckResponse last;
    private Instant lastAt = Instant.MIN;

    @Override
    public synchronized HealthCheckResponse call() {
        if (last == null || Instant.now().isAfter(lastAt.plus(CACHED_FOR))) {
            last = check();
            lastAt = Instant.now();
        }
        return last;
    }

    private HealthCheckResponse check() {
        var response = HealthCheckResponse.named("Kafka")
                .withData("bootstrapServers", kafka.bootstrapServers())
                .withData("outboxRelay", lifecycle.relayState());
        try {
            Collection<Node> brokers = admin()
                    .describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes()
                    .get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
            return response.withData("brokers", brokers.size()).up().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.withData("error", e.toString()).down().build();
        } catch (Exception e) {
            close();
            return response.withData("error", e.toString()).down().build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            admin = KafkaTopics.admin(kafka, TIMEOUT);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
    }
}

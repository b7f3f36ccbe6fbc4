package org.jewelers.events.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TestDatabase;

import java.util.Map;
import java.util.UUID;

/** A fresh database and topic for the Quarkus app under test, on the shared PostgreSQL and Kafka. */
public class EventsTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestDatabase database = Infrastructure.postgres().createDatabase("events_quarkus");
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", database.password() == null ? "" : database.password(),
                "kafka.bootstrap.servers", Infrastructure.kafka().bootstrapServers(),
                "test.topic", "test.quarkus-things." + UUID.randomUUID());
    }

    @Override
    public void stop() {
        // The database is dropped when the JVM exits; the broker is shared.
    }
}

package org.jewelers.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a Quarkus app under test at real infrastructure: a fresh database of its own on the test PostgreSQL and
 * the test Kafka broker. (The test profile's token key is set in the web library's shared configuration.)
 *
 * <p>The init argument {@code database} names the database prefix (default: {@code app}). With
 * {@code kafkaUser}, the app runs against the broker with access control instead
 * ({@link Infrastructure#kafkaWithAccessControl()}), logged in as that service's user.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String prefix = "app";
    private String kafkaUser;

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix);
        kafkaUser = initArgs.get("kafkaUser");
    }

    @Override
    public Map<String, String> start() {
        TestDatabase database = Infrastructure.postgres().createDatabase(prefix);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.user());
        config.put("quarkus.datasource.password", database.password() == null ? "" : database.password());
        if (kafkaUser == null) {
            config.put("kafka.bootstrap.servers", Infrastructure.kafka().bootstrapServers());
        } else {
            KafkaBroker kafka = Infrastructure.kafkaWithAccessControl();
            config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
            // Kafka's own names under kafka., as the app reads them (env KAFKA_SECURITY_PROTOCOL and so on).
            kafka.login(kafkaUser).forEach((name, value) -> config.put("kafka." + name, value));
        }
        return config;
    }

    @Override
    public void stop() {
        // The servers are shared by the whole JVM and stopped at its exit.
    }
}

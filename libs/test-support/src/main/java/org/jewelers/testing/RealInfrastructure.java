package org.jewelers.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a Quarkus app under test at real infrastructure: a fresh database of its own on the test PostgreSQL and
 * the test Kafka broker. (The test profile's token key is set in the web library's shared configuration.)
 *
 * <p>The init argument {@code database} names the database prefix (default: {@code app}).
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String prefix = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix);
    }

    @Override
    public Map<String, String> start() {
        TestDatabase database = Infrastructure.postgres().createDatabase(prefix);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.user());
        config.put("quarkus.datasource.password", database.password() == null ? "" : database.password());
        config.put("kafka.bootstrap.servers", Infrastructure.kafka().bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        // The servers are shared by the whole JVM and stopped at its exit.
    }
}

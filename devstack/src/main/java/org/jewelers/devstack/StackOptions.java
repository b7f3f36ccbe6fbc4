package org.jewelers.devstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stack keeps its data, which ports it takes, and which servers it uses instead of starting its own.
 *
 * @param projectRoot the checkout, where each app's built jar is found
 * @param dataDir     PostgreSQL's and Kafka's data, the logs and the demo-data marker
 */
public record StackOptions(Path projectRoot, Path dataDir, Ports ports,
                           Optional<ExternalPostgres> externalPostgres, Optional<String> externalKafka) {

    /** A PostgreSQL server named by the environment; its user may create roles and databases. */
    public record ExternalPostgres(String url, String user, String password) {
    }

    /** The run command: fixed ports, data in {@code .run}, servers named by PG_URL and KAFKA_BOOTSTRAP if set. */
    public static StackOptions forRunCommand(Path projectRoot, Map<String, String> env) {
        Optional<ExternalPostgres> postgres = nonBlank(env.get("PG_URL")).map(url -> new ExternalPostgres(url,
                env.getOrDefault("PG_USER", "postgres"), env.getOrDefault("PG_PASSWORD", "")));
        return new StackOptions(projectRoot, projectRoot.resolve(".run"), Ports.fixed(), postgres,
                nonBlank(env.get("KAFKA_BOOTSTRAP")));
    }

    /** System tests: free ports, an embedded PostgreSQL and a Kafka broker of its own, data in the given folder. */
    public static StackOptions forTests(Path projectRoot, Path dataDir) {
        return new StackOptions(projectRoot, dataDir, Ports.free(), Optional.empty(), Optional.empty());
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}

package org.jewelers.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stack keeps its data, which ports it takes, and which servers it uses instead of starting its own.
 *
 * @param projectRoot the checkout, where each app's built jar is found
 * @param dataDir     PostgreSQL's and Kafka's data, the logs and the demo-data marker
 * @param gatewayLimits the gateway's rate limits that differ from those it ships with, as its environment
 * @param competitionSettings the competition service's settings that differ from those it ships with, as its
 *                    environment
 * @param faultLinks  whether each service reaches its database, and the gateway each service, through a
 *                    {@link Link} that a fault suite can freeze or cut
 * @param jvm         the apps' JVM options
 */
public record StackOptions(Path projectRoot, Path dataDir, Ports ports,
                           Optional<ExternalPostgres> externalPostgres, Optional<String> externalKafka,
                           Map<String, String> gatewayLimits, Map<String, String> competitionSettings,
                           boolean faultLinks, Jvm jvm) {

    /** How each app's JVM runs. */
    public enum Jvm {
        /**
         * Starts in seconds and keeps a small footprint, for the run command and the tests: the quick JIT only
         * (C1), and the serial collector.
         */
        QUICK_START(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")),
        /**
         * As the container image runs the apps (deployment/Dockerfile.jvm: the image's run-java.sh with the heap of
         * docker-compose.yml), with the full JIT: what benchmarks measure, since production runs it.
         */
        PRODUCTION(List.of("-Xmx384m", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError"));

        private final List<String> options;

        Jvm(List<String> options) {
            this.options = options;
        }

        public List<String> options() {
            return options;
        }
    }

    /**
     * Anonymous callers get more than a production gateway's 60 a minute, so that a developer trying the API with
     * curl is not throttled; token holders and keys get the shipped limits.
     */
    private static final Map<String, String> RUN_COMMAND_GATEWAY_LIMITS =
            Map.of("GATEWAY_RATE_LIMITS_ANONYMOUS_PER_MINUTE", "600");
    /**
     * Tests poll the public API while waiting for events, and the fuzzer, the fault suite and the authorization
     * matrix send thousands of requests with a few tokens (and the fuzzer forged webhooks from the stub's own
     * address): nothing is limited. The gateway's own tests prove the
     * shipped limits.
     */
    private static final Map<String, String> TEST_GATEWAY_LIMITS = Map.of(
            "GATEWAY_RATE_LIMITS_ANONYMOUS_PER_MINUTE", "1000000",
            "GATEWAY_RATE_LIMITS_ENTRANT_PER_MINUTE", "1000000",
            "GATEWAY_RATE_LIMITS_MEMBER_PER_MINUTE", "1000000",
            "GATEWAY_RATE_LIMITS_JUDGE_PER_MINUTE", "1000000",
            "GATEWAY_RATE_LIMITS_STAFF_PER_MINUTE", "1000000",
            "GATEWAY_RATE_LIMITS_MAX_IN_FLIGHT_PER_SUBJECT", "100000",
            "GATEWAY_RATE_LIMITS_UNKNOWN_KEYS_PER_MINUTE", "1000000",
            "GATEWAY_RATE_LIMITS_WEBHOOKS_STRIPE_PER_MINUTE", "1000000");
    private static final String DEMO_CONSENT_VALID_FOR = "P3DT30S";
    /**
     * The demo's reminders that are due when the stack starts go out within seconds rather than on the shipped
     * half-minute sweep. Consent links are valid 3 days and 30 seconds instead of 14 days: the nominee is reminded
     * 3 days before the link expires, so the demo's nominee who has not answered gets the reminder half a minute
     * after the request (which it replaces: the newest message carries the link that works).
     */
    private static final Map<String, String> RUN_COMMAND_COMPETITION_SETTINGS = Map.of(
            "COMPETITION_NOTICES_SWEEP_EVERY", "5s",
            "COMPETITION_NOMINATIONS_CONSENT_VALID_FOR", DEMO_CONSENT_VALID_FOR);
    /**
     * Tests wait for reminders as they fall due (a sweep every 2 s), send broadcasts of thousands at the rate a
     * relay would take from a bulk sender (200 a second, ten times the shipped 20), and find the demo's consent
     * reminder as ./run.sh leaves it.
     */
    private static final Map<String, String> TEST_COMPETITION_SETTINGS = Map.of(
            "COMPETITION_NOTICES_SWEEP_EVERY", "2s",
            "COMPETITION_MAIL_MAX_PER_SECOND", "200",
            "COMPETITION_NOMINATIONS_CONSENT_VALID_FOR", DEMO_CONSENT_VALID_FOR);

    /** A PostgreSQL server named by the environment; its user may create roles and databases. */
    public record ExternalPostgres(String url, String user, String password) {
    }

    /** The run command: fixed ports, data in {@code .run}, servers named by PG_URL and KAFKA_BOOTSTRAP if set. */
    public static StackOptions forRunCommand(Path projectRoot, Map<String, String> env) {
        Optional<ExternalPostgres> postgres = nonBlank(env.get("PG_URL")).map(url -> new ExternalPostgres(url,
                env.getOrDefault("PG_USER", "postgres"), env.getOrDefault("PG_PASSWORD", "")));
        return new StackOptions(projectRoot, projectRoot.resolve(".run"), Ports.fixed(), postgres,
                nonBlank(env.get("KAFKA_BOOTSTRAP")), RUN_COMMAND_GATEWAY_LIMITS, RUN_COMMAND_COMPETITION_SETTINGS,
                false, Jvm.QUICK_START);
    }

    /** System tests: free ports, an embedded PostgreSQL and a Kafka broker of its own, data in the given folder. */
    public static StackOptions forTests(Path projectRoot, Path dataDir) {
        return new StackOptions(projectRoot, dataDir, Ports.free(), Optional.empty(), Optional.empty(),
                TEST_GATEWAY_LIMITS, TEST_COMPETITION_SETTINGS, false, Jvm.QUICK_START);
    }

    /** The same stack with {@link Link}s where a fault suite injects network faults. */
    public StackOptions withFaultLinks() {
        return new StackOptions(projectRoot, dataDir, ports, externalPostgres, externalKafka, gatewayLimits,
                competitionSettings, true, jvm);
    }

    /** The same stack with the apps' JVMs run as the given way. */
    public StackOptions withJvm(Jvm jvm) {
        return new StackOptions(projectRoot, dataDir, ports, externalPostgres, externalKafka, gatewayLimits,
                competitionSettings, faultLinks, jvm);
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}

package org.jewelers.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot run here (no Docker engine), so it is validated: by docker-compose itself, and here. */
class ComposeFileTest {

    private static final Path COMPOSE = AppConfiguration.ROOT.resolve("docker-compose.yml");
    private static final List<String> APPS = List.of("careers-service", "directory-service", "competition-service", "gateway");
    /** Read by the image's launcher script, not by the app. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS_APPEND");
    private static final Map<String, String> SECRETS = Map.of(
            "POSTGRES_PASSWORD", "x", "CAREERS_DB_PASSWORD", "x", "DIRECTORY_DB_PASSWORD", "x",
            "COMPETITION_DB_PASSWORD", "x", "GATEWAY_DB_PASSWORD", "x", "JWT_ISSUER", "https://id.example",
            "JWT_PUBLIC_KEY_FILE", "deployment/Dockerfile.jvm", "SMTP_HOST", "smtp.example",
            "JWT_AUDIENCE", "https://api.example", "PUBLIC_BASE_URL", "https://api.example");
    private static final Map<String, String> FEATURE_SECRETS = Map.of("STRIPE_API_KEY", "sk_x",
            "STRIPE_WEBHOOK_SECRET", "whsec_x", "CUSTODY_LOG_KEY", "x");
    private static final Map<String, String> KAFKA_SECRETS = Map.of("KAFKA_ADMIN_PASSWORD", "x",
            "CAREERS_KAFKA_PASSWORD", "x", "DIRECTORY_KAFKA_PASSWORD", "x", "COMPETITION_KAFKA_PASSWORD", "x");

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/docker-compose"))
                || Files.isExecutable(Path.of("/usr/local/bin/docker-compose"));
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("docker-compose is missing: .ci/run installs it (apt-get install docker-compose)");
        }
        assumeTrue(installed, "docker-compose is not installed here; `apt-get install docker-compose` to run this check");
        ProcessBuilder check = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config", "-q")
                .directory(AppConfiguration.ROOT.toFile()).redirectErrorStream(true);
        check.environment().putAll(SECRETS);
        check.environment().putAll(KAFKA_SECRETS);
        check.environment().putAll(FEATURE_SECRETS);
        Process process = check.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
    }

    @Test
    void everyAppVariableIsConfigurationTheAppReads() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String app : APPS) {
            AppConfiguration configuration = AppConfiguration.of(app);
            Map<String, Object> environment = map(services.get(app).get("environment"));
            assertFalse(environment.isEmpty(), app + " has no environment");
            for (String variable : environment.keySet()) {
                assertTrue(IMAGE_VARIABLES.contains(variable) || configuration.reads(variable),
                        app + ": " + variable + " is not a configuration name the app reads; " + configuration);
            }
        }
    }

    @Test
    void onlyTheGatewayIsPublishedAndOnlyItsHttpPort() throws IOException {
        services().forEach((name, service) ->
                assertEquals(name.equals("gateway"), service.containsKey("ports"), name + " ports"));
        int http = AppConfiguration.of("gateway").httpPort();
        List<Object> published = list(services().get("gateway").get("ports"));
        assertEquals(List.of(http + ":" + http), published.stream().map(String::valueOf).toList(),
                "the gateway's management port is not published");
    }

    /** Callers reach the published port directly: an X-Forwarded-For they send is their own invention. */
    @Test
    void theGatewayBelievesNoForwardedAddress() throws IOException {
        assertFalse(map(services().get("gateway").get("environment")).keySet().stream()
                .anyMatch(variable -> variable.startsWith("GATEWAY_TRUSTED_PROXIES")), "trusted proxies of the gateway");
    }

    @Test
    void everyAppHasAHealthCheckOnItsManagementPortAMemoryLimitAndAHeap() throws IOException {
        assertTrue(AppConfiguration.managementInterfaceEnabled(), "every app has a management interface");
        Map<String, Map<String, Object>> services = services();
        for (String app : APPS) {
            Map<String, Object> service = services.get(app);
            String test = String.valueOf(map(service.get("healthcheck")).get("test"));
            assertTrue(test.contains("localhost:" + AppConfiguration.of(app).managementPort() + "/q/health/ready"),
                    app + ": " + test);
            assertTrue(service.containsKey("mem_limit"), app + " has no memory limit");
            assertTrue(String.valueOf(map(service.get("environment")).get("JAVA_OPTS_APPEND")).contains("-Xmx"), app + " heap");
            assertTrue(service.containsKey("depends_on"), app + " depends on nothing");
        }
    }

    @Test
    void servicesWaitForHealthyInfrastructure() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String app : List.of("careers-service", "directory-service", "competition-service")) {
            Map<String, Object> dependsOn = map(services.get(app).get("depends_on"));
            for (String infrastructure : List.of("postgres", "kafka")) {
                assertEquals("service_healthy", map(dependsOn.get(infrastructure)).get("condition"), app + " -> " + infrastructure);
            }
        }
        assertTrue(services.get("postgres").containsKey("healthcheck"));
        assertTrue(services.get("kafka").containsKey("healthcheck"));
    }

    @Test
    void kafkaAuthenticatesEveryClientAndEachServiceLogsInAsItsOwnUser() throws IOException {
        Map<String, Map<String, Object>> services = services();
        Map<String, Object> kafka = services.get("kafka");
        assertEquals(List.of("/bin/sh", "/opt/jewelers/start-broker.sh"), kafka.get("entrypoint"),
                "kafka must start through deployment/kafka/start-broker.sh (SASL/SCRAM logins, ACLs)");
        String broker = Files.readString(AppConfiguration.ROOT.resolve("deployment/kafka/start-broker.sh"));
        assertTrue(broker.contains("listeners=SASL_PLAINTEXT://:9092,CONTROLLER://localhost:9093"), "listeners");
        assertTrue(broker.contains("listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT"), "no plaintext listener");
        assertTrue(broker.contains("authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer"), "authorizer");
        assertTrue(broker.contains("allow.everyone.if.no.acl.found=false"), "deny by default");

        List<String> users = KafkaAccessListTest.users();
        Set<String> kafkaClients = new TreeSet<>();
        services.forEach((name, service) -> {
            if (map(service.get("environment")).containsKey("KAFKA_BOOTSTRAP_SERVERS") && !name.equals("kafka-access")) {
                kafkaClients.add(name);
            }
        });
        assertEquals(Set.copyOf(users), kafkaClients, "every Kafka client is one of the contracts' users");
        for (String app : kafkaClients) {
            Map<String, Object> environment = map(services.get(app).get("environment"));
            assertEquals("SASL_PLAINTEXT", environment.get("KAFKA_SECURITY_PROTOCOL"), app);
            assertEquals("SCRAM-SHA-512", environment.get("KAFKA_SASL_MECHANISM"), app);
            String variable = KafkaAccessListTest.passwordVariable(app);
            assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + app
                    + "\" password=\"${" + variable + ":?set " + variable + "}\";", environment.get("KAFKA_SASL_JAAS_CONFIG"), app);
            assertEquals("service_completed_successfully",
                    map(map(services.get(app).get("depends_on")).get("kafka-access")).get("condition"), app + " -> kafka-access");
        }

        Map<String, Object> access = services.get("kafka-access");
        assertEquals(List.of("/bin/sh", "/opt/jewelers/kafka-access/apply.sh"), access.get("entrypoint"));
        assertEquals(List.of("./deployment/k8s/kafka-access:/opt/jewelers/kafka-access:ro"), access.get("volumes"));
        Map<String, Object> environment = map(access.get("environment"));
        for (String user : users) {
            String variable = KafkaAccessListTest.passwordVariable(user);
            assertEquals("${" + variable + ":?set " + variable + "}", environment.get(variable), "kafka-access: " + user);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}

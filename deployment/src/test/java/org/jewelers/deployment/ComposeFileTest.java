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
            "JWT_PUBLIC_KEY_FILE", "deployment/Dockerfile.jvm", "SMTP_HOST", "smtp.example");

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

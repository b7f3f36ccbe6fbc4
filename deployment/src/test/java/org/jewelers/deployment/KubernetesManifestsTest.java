package org.jewelers.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The cluster manifests, parsed and checked against the apps' configuration (no cluster runs here). */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final Set<String> APPS = Set.of("careers-service", "directory-service", "competition-service", "gateway");
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS_APPEND");

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        List<Object> listed = list(ComposeFileTest.map(documents(K8S.resolve("kustomization.yaml")).get(0)).get("resources"));
        try (var files = Files.list(K8S)) {
            Set<String> manifests = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml")).collect(Collectors.toSet());
            assertEquals(manifests, Set.copyOf(listed));
        }
    }

    @Test
    void everyAppRunsSeveralReplicasWithProbesOnItsManagementInterface() throws IOException {
        List<Map<String, Object>> deployments = ofKind("Deployment");
        assertEquals(APPS, deployments.stream().map(KubernetesManifestsTest::name).collect(Collectors.toSet()));
        for (Map<String, Object> deployment : deployments) {
            String app = name(deployment);
            assertTrue((Integer) ComposeFileTest.map(deployment.get("spec")).get("replicas") >= 2, app + " replicas");
            Map<String, Object> container = container(deployment);
            Map<String, Object> ports = list(container.get("ports")).stream().collect(Collectors.toMap(
                    port -> (String) ComposeFileTest.map(port).get("name"),
                    port -> ComposeFileTest.map(port).get("containerPort")));
            assertEquals(Map.of("http", AppConfiguration.of(app).httpPort(),
                    "management", AppConfiguration.of(app).managementPort()), ports, app + " ports");
            assertEquals("/q/health/started", probePath(container, "startupProbe"), app);
            assertEquals("/q/health/live", probePath(container, "livenessProbe"), app);
            assertEquals("/q/health/ready", probePath(container, "readinessProbe"), app);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertEquals("management", probePort(container, probe), app + " " + probe);
            }
            Map<String, Object> memory = ComposeFileTest.map(ComposeFileTest.map(ComposeFileTest.map(container.get("resources")).get("limits")));
            assertTrue(memory.containsKey("memory"), app + " memory limit");
        }
    }

    @Test
    void everyAppVariableIsConfigurationTheAppReads() throws IOException {
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            String app = name(deployment);
            AppConfiguration configuration = AppConfiguration.of(app);
            List<Map<String, Object>> environment = list(container(deployment).get("env"));
            assertFalse(environment.isEmpty(), app);
            for (Map<String, Object> variable : environment) {
                String name = (String) variable.get("name");
                assertTrue(IMAGE_VARIABLES.contains(name) || configuration.reads(name),
                        app + ": " + name + " is not a configuration name the app reads; " + configuration);
            }
        }
    }

    @Test
    void onlyTheGatewayIsExposedOnlyOnItsHttpPortAndInfrastructureIsExternal() throws IOException {
        for (Map<String, Object> service : ofKind("Service")) {
            Map<String, Object> spec = ComposeFileTest.map(service.get("spec"));
            String type = (String) spec.getOrDefault("type", "ClusterIP");
            assertEquals(name(service).equals("gateway") ? "LoadBalancer" : "ClusterIP", type, name(service));
            List<Object> targets = list(spec.get("ports")).stream()
                    .map(port -> ComposeFileTest.map(port).get("targetPort")).toList();
            assertEquals(List.of("http"), targets, name(service) + ": a Service never reaches a management port");
        }
        assertTrue(ofKind("StatefulSet").isEmpty(), "PostgreSQL and Kafka are external dependencies, not workloads here");
    }

    @Test
    void networkPoliciesAdmitEveryAppOnlyOnItsHttpPort() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (Map<String, Object> policy : ofKind("NetworkPolicy")) {
            Map<String, Object> spec = ComposeFileTest.map(policy.get("spec"));
            Map<String, Object> selector = ComposeFileTest.map(spec.get("podSelector"));
            ComposeFileTest.map(selector.get("matchLabels")).values().forEach(app -> covered.add((String) app));
            list(selector.get("matchExpressions")).forEach(expression ->
                    KubernetesManifestsTest.<String>list(ComposeFileTest.map(expression).get("values")).forEach(covered::add));
            for (Object rule : list(spec.get("ingress"))) {
                List<Object> ports = list(ComposeFileTest.map(rule).get("ports")).stream()
                        .map(port -> ComposeFileTest.map(port).get("port")).toList();
                assertEquals(List.of("http"), ports, name(policy) + ": every ingress rule names the http port only");
            }
        }
        assertEquals(APPS, covered, "every app is behind a policy");
    }

    @Test
    void everyServiceLogsInToKafkaAsItsOwnUserAndAJobGrantsTheContractsAccess() throws IOException {
        List<String> users = KafkaAccessListTest.users();
        Set<String> kafkaClients = ofKind("Deployment").stream()
                .filter(deployment -> env(container(deployment)).containsKey("KAFKA_BOOTSTRAP_SERVERS"))
                .map(KubernetesManifestsTest::name).collect(Collectors.toSet());
        assertEquals(Set.copyOf(users), kafkaClients, "every Kafka client is one of the contracts' users");
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            String app = name(deployment);
            if (!kafkaClients.contains(app)) {
                continue;
            }
            Map<String, Map<String, Object>> env = env(container(deployment));
            assertEquals(Map.of("configMapKeyRef", Map.of("name", "platform", "key", "kafka-security-protocol")),
                    env.getOrDefault("KAFKA_SECURITY_PROTOCOL", Map.of()).get("valueFrom"), app + " KAFKA_SECURITY_PROTOCOL");
            assertEquals("SCRAM-SHA-512", env.getOrDefault("KAFKA_SASL_MECHANISM", Map.of()).get("value"), app);
            assertEquals(Map.of("secretKeyRef", Map.of("name", secretOf(app), "key", "sasl-jaas-config")),
                    env.getOrDefault("KAFKA_SASL_JAAS_CONFIG", Map.of()).get("valueFrom"), app + " KAFKA_SASL_JAAS_CONFIG");
        }
        Map<String, Object> platform = ComposeFileTest.map(ofKind("ConfigMap").stream()
                .filter(map -> name(map).equals("platform")).findFirst().orElseThrow().get("data"));
        assertTrue(String.valueOf(platform.get("kafka-security-protocol")).startsWith("SASL_"), "kafka-security-protocol");

        List<Map<String, Object>> jobs = ofKind("Job");
        assertEquals(List.of("kafka-access"), jobs.stream().map(KubernetesManifestsTest::name).toList(),
                "a Job creates the services' Kafka users and ACLs");
        Map<String, Object> job = container(jobs.get(0));
        assertEquals(List.of("/bin/sh", "/opt/jewelers/kafka-access/apply.sh"), job.get("command"));
        Map<String, Map<String, Object>> env = env(job);
        for (String user : users) {
            assertEquals(Map.of("secretKeyRef", Map.of("name", secretOf(user), "key", "password")),
                    env.getOrDefault(KafkaAccessListTest.passwordVariable(user), Map.of()).get("valueFrom"), "kafka-access: " + user);
        }
        List<Object> generators = list(ComposeFileTest.map(documents(K8S.resolve("kustomization.yaml")).get(0)).get("configMapGenerator"));
        assertEquals(List.of(Map.of("name", "kafka-access", "files", List.of("kafka-access/apply.sh", "kafka-access/access.txt"))),
                generators, "the Job's script and access list");
    }

    /** The Secret holding a service's Kafka login: careers-kafka for careers-service. */
    private static String secretOf(String app) {
        return app.replaceFirst("-service$", "") + "-kafka";
    }

    private static Map<String, Map<String, Object>> env(Map<String, Object> container) {
        List<Map<String, Object>> variables = list(container.get("env"));
        return variables.stream().collect(Collectors.toMap(variable -> (String) variable.get("name"), variable -> variable));
    }

    /**
     * A plain TCP load balancer adds no X-Forwarded-For: whatever such a header holds, the caller wrote it. So the
     * balancer must hand the gateway the client's own address (no node hop that rewrites it) and the gateway must
     * believe no forwarded address at all.
     */
    @Test
    void theGatewaySeesTheClientsOwnAddressAndBelievesNoForwardedOne() throws IOException {
        Map<String, Object> service = ofKind("Service").stream().filter(s -> name(s).equals("gateway")).findFirst()
                .orElseThrow();
        assertEquals("Local", ComposeFileTest.map(service.get("spec")).get("externalTrafficPolicy"),
                "the gateway's load balancer keeps the client's address");
        Map<String, Object> gateway = ofKind("Deployment").stream().filter(d -> name(d).equals("gateway"))
                .findFirst().orElseThrow();
        List<Map<String, Object>> environment = list(container(gateway).get("env"));
        assertEquals(List.of(), environment.stream().map(v -> (String) v.get("name"))
                .filter(n -> n.startsWith("GATEWAY_TRUSTED_PROXIES")).toList(), "trusted proxies of the gateway");
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) ComposeFileTest.map(ComposeFileTest.map(container.get(probe)).get("httpGet")).get("path");
    }

    private static Object probePort(Map<String, Object> container, String probe) {
        return ComposeFileTest.map(ComposeFileTest.map(container.get(probe)).get("httpGet")).get("port");
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        Map<String, Object> template = ComposeFileTest.map(ComposeFileTest.map(deployment.get("spec")).get("template"));
        List<Map<String, Object>> containers = list(ComposeFileTest.map(template.get("spec")).get("containers"));
        return containers.get(0);
    }

    private static String name(Map<String, Object> resource) {
        return (String) ComposeFileTest.map(resource.get("metadata")).get("name");
    }

    private static List<Map<String, Object>> ofKind(String kind) throws IOException {
        List<Map<String, Object>> found = new ArrayList<>();
        try (var files = Files.list(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : documents(file)) {
                    Map<String, Object> resource = ComposeFileTest.map(document);
                    if (kind.equals(resource.get("kind"))) {
                        found.add(resource);
                    }
                }
            }
        }
        return found;
    }

    private static List<Object> documents(Path file) throws IOException {
        List<Object> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            new Yaml().loadAll(reader).forEach(documents::add);
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }
}

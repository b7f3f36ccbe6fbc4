package org.jewelers.kafkabroker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * A single-node KRaft broker run from Kafka's own jars as a child process. Its storage is formatted once and kept,
 * so the broker can be stopped and started again on the same ports with the same topics and offsets.
 *
 * <p>Tests give it a temporary folder and free ports; the run command a project-local folder and 9092/9093.
 * Callers need kafka-clients on their class path (for the readiness check), not Kafka's broker jars.
 *
 * <p>By default its client listener is plaintext and every client may do anything. {@link #withScram} makes it a
 * broker as the deployments run it: clients authenticate with SASL/SCRAM-SHA-512 and the standard authorizer refuses
 * whatever no ACL allows, except to the administrator (the only super user), whose credential is written into the
 * storage when it is formatted. The controller listener takes only the administrator too (SASL/PLAIN: a controller
 * cannot read SCRAM credentials, which live in the metadata it serves).
 */
public final class KafkaProcess {

    private static final String CLASSPATH_RESOURCE = "/org/jewelers/kafkabroker/classpath.txt";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final Administrator administrator;
    private Process process;

    private KafkaProcess(Path directory, int port, int controllerPort, Administrator administrator) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.administrator = administrator;
    }

    /** A broker keeping its data and logs in {@code directory}, listening on the two given loopback ports. */
    public static KafkaProcess on(Path directory, int port, int controllerPort) {
        return new KafkaProcess(directory.toAbsolutePath(), port, controllerPort, null);
    }

    /** A broker on two loopback ports that are free right now. */
    public static KafkaProcess onFreePorts(Path directory) {
        return on(directory, FreePorts.next(), FreePorts.next());
    }

    /**
     * This broker with authentication and authorization: SASL/SCRAM-SHA-512 on its client listener, ACLs enforced,
     * {@code user} its only super user. Must be chosen before the first {@link #start()} formats the storage.
     */
    public KafkaProcess withScram(String user, String password) {
        return new KafkaProcess(directory, port, controllerPort, new Administrator(user, password));
    }

    /** The client settings of a SASL/SCRAM login as {@code user}, for a broker {@link #withScram with SCRAM}. */
    public static Map<String, String> scramLogin(String user, String password) {
        return Map.of(
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, SCRAM_MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG, jaas("org.apache.kafka.common.security.scram.ScramLoginModule", user, password, ""));
    }

    /** The security settings of an administrator's client: none on a plaintext broker. */
    public Map<String, String> administratorLogin() {
        return administrator == null ? Map.of() : scramLogin(administrator.user, administrator.password);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path directory() {
        return directory;
    }

    public Path log() {
        return directory.resolve("broker.log");
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Formats the storage on first use, starts the broker and returns once it answers clients. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        if (answersOn(port)) {
            throw new IllegalStateException("port " + port + " is already taken; is another broker still running?");
        }
        try {
            writeProperties();
            if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
                format();
            }
            process = java("kafka.Kafka", properties().toString())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker in " + directory, e);
        }
        awaitReady();
    }

    /** Stops the broker gracefully (SIGTERM), keeping its data for the next {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private Path properties() {
        return directory.resolve("server.properties");
    }

    private void writeProperties() throws IOException {
        Files.createDirectories(directory);
        List<String> lines = new ArrayList<>(List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0"));
        lines.addAll(administrator == null ? plaintextListeners() : securedListeners());
        lines.add("");
        Files.writeString(properties(), String.join("\n", lines));
    }

    private List<String> plaintextListeners() {
        return List.of(
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
    }

    private List<String> securedListeners() {
        String user = administrator.user;
        String password = administrator.password;
        return List.of(
                "listeners=SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:" + port,
                "inter.broker.listener.name=SASL_PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT",
                "sasl.mechanism.inter.broker.protocol=" + SCRAM_MECHANISM,
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.sasl_plaintext.sasl.enabled.mechanisms=" + SCRAM_MECHANISM,
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config="
                        + jaas("org.apache.kafka.common.security.scram.ScramLoginModule", user, password, ""),
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config="
                        + jaas("org.apache.kafka.common.security.plain.PlainLoginModule", user, password,
                        " user_" + user + "=\"" + password + "\""),
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + user,
                "allow.everyone.if.no.acl.found=false");
    }

    private static String jaas(String loginModule, String user, String password, String more) {
        if ((user + password).contains("\"") || (user + password).contains("\\")) {
            throw new IllegalArgumentException("a user name or password with a quote or backslash cannot go into JAAS");
        }
        return loginModule + " required username=\"" + user + "\" password=\"" + password + "\"" + more + ";";
    }

    private void format() throws IOException {
        Path formatLog = directory.resolve("format.log");
        List<String> arguments = new ArrayList<>(List.of("format", "-t", clusterId(), "-c", properties().toString()));
        if (administrator != null) {
            arguments.addAll(List.of("--add-scram",
                    SCRAM_MECHANISM + "=[name=" + administrator.user + ",password=" + administrator.password + "]"));
        }
        Process formatter = java("kafka.tools.StorageTool", arguments.toArray(String[]::new))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(formatLog.toFile()))
                .start();
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                formatter.destroyForcibly();
                throw new IllegalStateException("formatting Kafka storage failed; see " + formatLog);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    private ProcessBuilder java(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", brokerClasspath(), mainClass));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited; see " + log());
            }
            if (answersOn(port) && knowsItsNode()) {
                return;
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
        }
        throw new IllegalStateException("Kafka was not ready within " + START_TIMEOUT + "; see " + log());
    }

    private boolean knowsItsNode() {
        Properties config = new Properties();
        config.putAll(administratorLogin());
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean answersOn(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String brokerClasspath() {
        try (InputStream in = KafkaProcess.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build the kafka-broker module first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A random cluster id in Kafka's form (16 bytes, URL-safe base64). Like Kafka's own Uuid.randomUuid(), it never
     * starts with a dash: the storage tool's argument parser would take such an id for an option (and did, once in
     * every few dozen test runs, before this rule).
     */
    static String clusterId() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16)
                    .putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } while (id.startsWith("-"));
        return id;
    }

    private record Administrator(String user, String password) {
    }

}

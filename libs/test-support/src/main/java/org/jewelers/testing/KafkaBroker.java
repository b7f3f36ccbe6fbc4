package org.jewelers.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A Kafka broker for tests: the one at {@code TEST_KAFKA_BOOTSTRAP}, or a single-node KRaft broker run from Kafka's
 * own jars as a child process, so that a test can stop it and start it again on the same port with the same data.
 */
public final class KafkaBroker {

    private static final String CLASSPATH_RESOURCE = "/org/jewelers/kafkabroker/classpath.txt";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final String bootstrapServers;
    private final Path directory;
    private Process process;

    private KafkaBroker(String bootstrapServers, Path directory) {
        this.bootstrapServers = bootstrapServers;
        this.directory = directory;
    }

    static KafkaBroker fromEnvironment() {
        String external = System.getenv("TEST_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            return new KafkaBroker(external, null);
        }
        try {
            Path directory = Files.createTempDirectory("test-kafka-");
            KafkaBroker broker = new KafkaBroker(configure(directory), directory);
            broker.format();
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "test-kafka-stop"));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare a Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** False when the broker was named by the environment: then tests must not stop it. */
    public boolean isManaged() {
        return directory != null;
    }

    public synchronized void start() {
        requireManaged();
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = java("kafka.Kafka", directory.resolve("server.properties").toString())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("broker.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker", e);
        }
        awaitReady();
    }

    /** Stops the broker gracefully, keeping its data for the next {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    public void createTopic(String name, int partitions, Map<String, String> config) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(config)))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + name, e.getCause());
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("could not create topic " + name, e);
        }
    }

    public Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        return Admin.create(properties);
    }

    private static String configure(Path directory) throws IOException {
        int port = freePort();
        int controllerPort = freePort();
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        Files.writeString(directory.resolve("server.properties"), properties);
        return "127.0.0.1:" + port;
    }

    private void format() throws IOException {
        Process formatter = java("kafka.tools.StorageTool", "format", "-t", clusterId(),
                "-c", directory.resolve("server.properties").toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("format.log").toFile()))
                .start();
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed; see " + directory.resolve("format.log"));
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
                throw new IllegalStateException("the Kafka broker exited; see " + directory.resolve("broker.log"));
            }
            if (answers()) {
                return;
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
        }
        throw new IllegalStateException("Kafka was not ready within " + START_TIMEOUT + "; see " + directory.resolve("broker.log"));
    }

    private boolean answers() {
        String[] hostPort = bootstrapServers.split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 500);
        } catch (IOException e) {
            return false;
        }
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void requireManaged() {
        if (!isManaged()) {
            throw new IllegalStateException("the broker at " + bootstrapServers + " was named by TEST_KAFKA_BOOTSTRAP; tests do not control it");
        }
    }

    private static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build the kafka-broker module first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

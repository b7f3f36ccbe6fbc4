package org.jewelers.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jewelers.kafkabroker.KafkaProcess;

/**
 * A Kafka broker for tests: the one at {@code TEST_KAFKA_BOOTSTRAP}, or a single-node KRaft broker run from Kafka's
 * own jars as a child process, so that a test can stop it and start it again on the same port with the same data.
 */
public final class KafkaBroker {

    private final String bootstrapServers;
    private final KafkaProcess process;

    private KafkaBroker(String bootstrapServers, KafkaProcess process) {
        this.bootstrapServers = bootstrapServers;
        this.process = process;
    }

    static KafkaBroker fromEnvironment() {
        String external = System.getenv("TEST_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            return new KafkaBroker(external, null);
        }
        try {
            KafkaProcess process = KafkaProcess.onFreePorts(Files.createTempDirectory("test-kafka-"));
            KafkaBroker broker = new KafkaBroker(process.bootstrapServers(), process);
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
        return process != null;
    }

    public void start() {
        requireManaged();
        process.start();
    }

    /** Stops the broker gracefully, keeping its data for the next {@link #start()}. */
    public void stop() {
        if (isManaged()) {
            process.stop();
        }
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

    private void requireManaged() {
        if (!isManaged()) {
            throw new IllegalStateException("the broker at " + bootstrapServers + " was named by TEST_KAFKA_BOOTSTRAP; tests do not control it");
        }
    }
}

package org.jewelers.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.events.consumer.ConsumerSettings;
import org.jewelers.events.consumer.EventHandler;
import org.jewelers.events.consumer.HandlerContext;
import org.jewelers.events.consumer.IdempotentConsumer;
import org.jewelers.events.consumer.JdbcTransactions;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.events.outbox.OutboxWriter;
import org.jewelers.events.relay.OutboxRelay;
import org.jewelers.events.relay.RelaySettings;
import org.jewelers.events.schema.EventSchema;
import org.jewelers.events.support.ConnectionSource;
import org.jewelers.events.support.KafkaConnection;
import org.jewelers.kafkabroker.KafkaProcess;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.KafkaBroker;
import org.jewelers.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Kafka as the deployments run it: every service logs in as its own user and the broker refuses whatever the
 * service's {@link org.jewelers.contracts.ServiceAccess} does not grant, so a service, or anyone holding its
 * credentials, cannot publish another service's events.
 */
class ServiceAccessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final KafkaBroker broker = Infrastructure.kafkaWithAccessControl();

    @Test
    void careersPublishesItsJobsThroughItsOutboxAndTheDirectoryReadsThemInItsOwnGroup() throws Exception {
        TestDatabase careers = Infrastructure.postgres().createDatabase("events");
        TestDatabase directory = Infrastructure.postgres().createDatabase("events");
        EventSchema.migrate(careers.dataSource());
        EventSchema.migrate(directory.dataSource());
        EventEnvelope opened = jobOpened();
        try (Connection connection = careers.connect()) {
            new OutboxWriter(new Contracts()).append(connection, opened);
        }
        Queue<String> received = new ConcurrentLinkedQueue<>();
        try (OutboxRelay relay = new OutboxRelay(
                ConnectionSource.postgres(careers.jdbcUrl(), careers.user(), careers.password()),
                new RelaySettings(connection("careers-service"), 500, Duration.ofMillis(200), Duration.ofSeconds(1),
                        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofDays(7)),
                Topics.ALL);
             IdempotentConsumer consumer = new IdempotentConsumer(
                     handler("directory-service.jobs", Topics.CAREERS_JOBS.name(), received),
                     new JdbcTransactions(directory.dataSource()),
                     ConsumerSettings.defaults(connection("directory-service")))) {
            relay.start();
            consumer.start();

            await().atMost(PATIENCE).until(() -> received.contains(opened.id().toString()));
        }
    }

    @Test
    void careersPublishesJobsButNotAwards() throws Exception {
        // The awards topic exists (careers may see it, as it reads awards), so only the write itself is refused.
        broker.createTopic(Topics.COMPETITION_AWARDS.name(), Topics.COMPETITION_AWARDS.partitions(), Map.of());
        broker.createTopic(Topics.CAREERS_JOBS.name(), Topics.CAREERS_JOBS.partitions(), Map.of());
        try (KafkaProducer<String, String> producer = producer("careers-service")) {
            producer.send(new ProducerRecord<>(Topics.CAREERS_JOBS.name(), "job", "{}")).get(30, TimeUnit.SECONDS);

            ExecutionException refused = assertThrows(ExecutionException.class, () -> producer
                    .send(new ProducerRecord<>(Topics.COMPETITION_AWARDS.name(), "award", "{}"))
                    .get(30, TimeUnit.SECONDS));

            assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
        }
    }

    @Test
    void careersMayNotReadAwardsInTheDirectorysConsumerGroup() {
        // careers reads awards in its own group; the directory's group, and so its offsets, are not careers' to move.
        RuntimeException refused = firstFailure("careers-service", "directory-service.awards", Topics.COMPETITION_AWARDS.name());

        assertInstanceOf(GroupAuthorizationException.class, refused, refused::toString);
    }

    @Test
    void careersMayNotReadEntriesItDoesNotConsume() {
        RuntimeException refused = firstFailure("careers-service", "careers-service.spotlights", Topics.COMPETITION_ENTRIES.name());

        assertInstanceOf(TopicAuthorizationException.class, refused, refused::toString);
    }

    @Test
    void aClientWithoutTheServicesPasswordIsRefused() {
        Properties properties = producerProperties(KafkaProcess.scramLogin("competition-service", "guessed"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            ExecutionException refused = assertThrows(ExecutionException.class, () -> producer
                    .send(new ProducerRecord<>(Topics.COMPETITION_AWARDS.name(), "award", "{}"))
                    .get(30, TimeUnit.SECONDS));

            assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
        }
    }

    private KafkaConnection connection(String user) {
        return new KafkaConnection(broker.bootstrapServers(), broker.login(user));
    }

    private KafkaProducer<String, String> producer(String user) {
        return new KafkaProducer<>(producerProperties(broker.login(user)));
    }

    private Properties producerProperties(Map<String, String> login) {
        Properties properties = new Properties();
        properties.putAll(login);
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return properties;
    }

    /** Polls as {@code user} in {@code group} until the broker refuses, and answers the refusal. */
    private RuntimeException firstFailure(String user, String group, String topic) {
        Properties properties = new Properties();
        properties.putAll(broker.login(user));
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(Set.of(topic));
            await().atMost(PATIENCE).until(() -> {
                try {
                    consumer.poll(Duration.ofMillis(500));
                    return false;
                } catch (RuntimeException e) {
                    failure.set(e);
                    return true;
                }
            });
        }
        return failure.get();
    }

    private static EventEnvelope jobOpened() {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("jobId", UUID.randomUUID().toString())
                .put("memberId", UUID.randomUUID().toString())
                .put("title", "Bench Jeweler")
                .put("area", "bench-jeweler")
                .put("city", "Austin")
                .put("state", "TX")
                .put("validThrough", "2026-09-30");
        return new EventFactory("/careers-service").create(EventTypes.JOB_OPENED, data.get("jobId").asText(), 1, data);
    }

    private static EventHandler handler(String group, String topic, Queue<String> received) {
        return new EventHandler() {
            @Override
            public String group() {
                return group;
            }

            @Override
            public Set<String> topics() {
                return Set.of(topic);
            }

            @Override
            public void handle(EventEnvelope event, HandlerContext context) {
                received.add(event.id().toString());
            }
        };
    }
}

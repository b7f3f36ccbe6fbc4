package org.jewelers.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.Topic;
import org.jewelers.events.consumer.ConsumerSettings;
import org.jewelers.events.consumer.EventHandler;
import org.jewelers.events.consumer.IdempotentConsumer;
import org.jewelers.events.consumer.JdbcTransactions;
import org.jewelers.events.envelope.CloudEventCodec;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.events.outbox.OutboxWriter;
import org.jewelers.events.relay.OutboxRelay;
import org.jewelers.events.relay.RelaySettings;
import org.jewelers.events.schema.EventSchema;
import org.jewelers.events.support.ConnectionSource;
import org.jewelers.events.support.KafkaConnection;
import org.jewelers.testing.TopicReader;
import org.jewelers.testing.TopicWriter;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.KafkaBroker;
import org.jewelers.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** A fresh database and topic per test, on the shared PostgreSQL and Kafka, and the pieces under test wired to them. */
final class EventsKit implements AutoCloseable {

    static final String TYPE = "org.jewelers.test.thing.happened.v1";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    final TestDatabase database = Infrastructure.postgres().createDatabase("events");
    final KafkaBroker kafka = Infrastructure.kafka();
    final String topic = "test.things." + UUID.randomUUID();
    final Contracts contracts = new Contracts(List.of(new Topic(topic, 3, false, Set.of(TYPE))));
    final OutboxWriter outbox = new OutboxWriter(contracts);
    final EventFactory events = new EventFactory("/events-test");
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    EventsKit() {
        EventSchema.migrate(database.dataSource());
    }

    EventEnvelope thing(String thing, long version, int seq) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("thing", thing).put("seq", seq);
        return events.create(TYPE, thing, version, data);
    }

    void appendCommitted(List<EventEnvelope> batch) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            for (EventEnvelope event : batch) {
                outbox.append(connection, event);
            }
            connection.commit();
        }
    }

    OutboxRelay startRelay(RelaySettings settings) {
        OutboxRelay relay = new OutboxRelay(
                ConnectionSource.postgres(database.jdbcUrl(), database.user(), database.password()),
                settings, contracts.topics());
        resources.push(relay);
        relay.start();
        return relay;
    }

    OutboxRelay startRelay() {
        return startRelay(RelaySettings.defaults(kafka.bootstrapServers()));
    }

    IdempotentConsumer startConsumer(EventHandler handler, ConsumerSettings settings) {
        IdempotentConsumer consumer = new IdempotentConsumer(handler, new JdbcTransactions(database.dataSource()), settings);
        resources.push(consumer);
        consumer.start();
        return consumer;
    }

    ConsumerSettings consumerSettings() {
        return new ConsumerSettings(KafkaConnection.plaintext(kafka.bootstrapServers()), 3, Duration.ofMillis(50), Duration.ofMillis(200),
                Duration.ofSeconds(1));
    }

    long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    void awaitOutboxSent() {
        await().atMost(PATIENCE.multipliedBy(2)).until(() -> count("select count(*) from events_outbox where sent_at is null") == 0);
    }

    /** Writes the records to the topic as they are, bypassing the outbox, e.g. to deliver one event twice. */
    void publishDirectly(List<EventEnvelope> records) {
        kafka.createTopic(topic, 3, Map.of());
        for (EventEnvelope event : records) {
            TopicWriter.write(kafka.bootstrapServers(), topic, event.subject(), CloudEventCodec.encode(event));
        }
    }

    /** Reads a topic from the beginning until it holds the expected number of records, and a little longer. */
    List<ConsumerRecord<String, String>> readTopic(String name, int expected) {
        return readTopicUntil(name, records -> records.size() >= expected);
    }

    List<ConsumerRecord<String, String>> readTopicUntil(String name, Predicate<List<ConsumerRecord<String, String>>> complete) {
        return TopicReader.readUntil(kafka.bootstrapServers(), name, complete);
    }

    int partitionsOf(String name) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(properties)) {
            List<PartitionInfo> partitions = reader.partitionsFor(name);
            return partitions.size();
        }
    }

    @Override
    public void close() throws Exception {
        while (!resources.isEmpty()) {
            resources.pop().close();
        }
    }
}

package org.jewelers.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.jewelers.contracts.ContractViolation;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.EventJson;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.contracts.members.PublicMember;
import org.jewelers.events.envelope.CloudEventCodec;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.outbox.OutboxWriter;
import org.jewelers.events.relay.OutboxRelay;
import org.jewelers.events.relay.RelaySettings;
import org.jewelers.events.support.ConnectionSource;
import org.jewelers.events.support.KafkaConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventsKit kit = new EventsKit();

    @AfterEach
    void close() throws Exception {
        kit.close();
    }

    @Test
    void neverPublishesAnEventAppendedInARolledBackTransaction() throws Exception {
        EventEnvelope rolledBack = kit.thing("ring", 1, 0);
        try (Connection connection = kit.database.connect()) {
            connection.setAutoCommit(false);
            kit.outbox.append(connection, rolledBack);
            connection.rollback();
        }
        EventEnvelope committed = kit.thing("ring", 1, 1);
        kit.appendCommitted(List.of(committed));
        kit.startRelay();

        List<ConsumerRecord<String, String>> records = kit.readTopic(kit.topic, 1);

        assertEquals(List.of(committed.id()), ids(records));
        assertEquals(0, kit.count("select count(*) from events_outbox where event_id = '" + rolledBack.id() + "'"));
    }

    @Test
    void publishesEveryEventInOrderPerKeyAfterTheBrokerComesBack() throws Exception {
        assumeTrue(kit.kafka.isManaged(), "the broker named by TEST_KAFKA_BOOTSTRAP cannot be stopped");
        // Timeouts shorter than the outage, so that sends fail and are retried rather than merely delayed.
        kit.startRelay(new RelaySettings(KafkaConnection.plaintext(kit.kafka.bootstrapServers()), 500, Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofDays(7)));
        kit.appendCommitted(List.of(kit.thing("warm-up", 1, 0)));
        kit.awaitOutboxSent();

        int keys = 50;
        int perKey = 20;
        kit.kafka.stop();
        try {
            for (int seq = 0; seq < perKey; seq++) {
                List<EventEnvelope> round = new ArrayList<>();
                for (int key = 0; key < keys; key++) {
                    round.add(kit.thing("thing-" + key, seq + 1, seq));
                }
                kit.appendCommitted(round);
            }
            assertEquals(keys * perKey, kit.count("select count(*) from events_outbox where sent_at is null"));
        } finally {
            kit.kafka.start();
        }
        kit.awaitOutboxSent();

        // At least once: a send whose acknowledgement the outage swallowed is sent again by the next producer, so an
        // event may be on the topic twice (consumers drop the repeat by its id). None is lost, and each key's events
        // first appear in the order they were appended.
        List<ConsumerRecord<String, String>> records = kit.readTopicUntil(kit.topic,
                read -> Set.copyOf(ids(read)).size() >= keys * perKey + 1);
        Set<UUID> seen = new HashSet<>();
        Map<String, List<Integer>> sequences = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            if (!seen.add(CloudEventCodec.decode(record.value().getBytes()).id())) {
                continue;
            }
            JsonNode data = JSON.readTree(record.value()).get("data");
            assertEquals(data.get("thing").asText(), record.key());
            sequences.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(data.get("seq").asInt());
        }
        assertEquals(keys * perKey + 1, seen.size(), "distinct event ids");
        List<Integer> inOrder = IntStream.range(0, perKey).boxed().toList();
        for (int key = 0; key < keys; key++) {
            assertEquals(inOrder, sequences.get("thing-" + key), "events of thing-" + key);
        }
    }

    @Test
    void twoRelaysOnOneDatabasePublishEachEventOnce() throws Exception {
        OutboxRelay first = kit.startRelay();
        OutboxRelay second = kit.startRelay();
        await().atMost(EventsKit.PATIENCE).until(() -> first.isActive() || second.isActive());
        assertFalse(first.isActive() && second.isActive(), "only one relay holds the lock");

        List<EventEnvelope> events = IntStream.range(0, 300).mapToObj(i -> kit.thing("thing-" + i % 30, i + 1, i)).toList();
        for (int i = 0; i < events.size(); i += 10) {
            kit.appendCommitted(events.subList(i, i + 10));
        }
        kit.awaitOutboxSent();

        OutboxRelay active = first.isActive() ? first : second;
        OutboxRelay standby = active == first ? second : first;
        active.close();
        await().atMost(EventsKit.PATIENCE).until(standby::isActive);
        EventEnvelope afterTakeOver = kit.thing("thing-0", 1000, 300);
        kit.appendCommitted(List.of(afterTakeOver));

        List<ConsumerRecord<String, String>> records = kit.readTopic(kit.topic, 301);
        assertEquals(301, records.size());
        assertEquals(301, Set.copyOf(ids(records)).size());
    }

    @Test
    void storesTheCloudEventWithItsHeadersAndKey() throws Exception {
        EventEnvelope event = kit.thing("bracelet", 7, 0);
        kit.appendCommitted(List.of(event));
        kit.startRelay();

        ConsumerRecord<String, String> record = kit.readTopic(kit.topic, 1).get(0);

        assertEquals("bracelet", record.key());
        assertEquals(CloudEventCodec.CONTENT_TYPE, new String(record.headers().lastHeader("content-type").value()));
        JsonNode json = JSON.readTree(record.value());
        assertEquals("1.0", json.get("specversion").asText());
        assertEquals("application/json", json.get("datacontenttype").asText());
        assertEquals(7, json.get("aggregateversion").asLong());
        assertEquals(event, CloudEventCodec.decode(record.value().getBytes()));
        assertEquals(3, kit.partitionsOf(kit.topic));
    }

    @Test
    void rejectsAnEventThatBreaksItsContractAtAppend() throws Exception {
        EventEnvelope invalid = kit.events.create(EventsKit.TYPE, "ring", 1, JSON.createObjectNode().put("seq", -1));
        try (Connection connection = kit.database.connect()) {
            ContractViolation violation = assertThrows(ContractViolation.class, () -> kit.outbox.append(connection, invalid));
            assertTrue(violation.violations().size() >= 2, violation::getMessage);
        }
        assertEquals(0, kit.count("select count(*) from events_outbox"));
    }

    /** A producer cannot leak a field its contract lacks: its record has none, and the outbox refuses raw data. */
    @Test
    void refusesAMemberEventLeakingAFieldOfTheListing() throws Exception {
        String memberId = UUID.randomUUID().toString();
        ObjectNode leaking = ((ObjectNode) EventJson.write(member(memberId))).put("email", "owner@harperstone.example");
        EventEnvelope updated = kit.events.create(EventTypes.MEMBER_UPDATED, memberId, 2, leaking);
        try (Connection connection = kit.database.connect()) {
            ContractViolation violation = assertThrows(ContractViolation.class,
                    () -> new OutboxWriter(new Contracts()).append(connection, updated));
            assertTrue(violation.getMessage().contains("email"), violation::getMessage);
        }
        assertEquals(0, kit.count("select count(*) from events_outbox"));
    }

    @Test
    void publishesTheRealContractTypesToTheTopicsTheContractsDeclare() throws Exception {
        String memberId = UUID.randomUUID().toString();
        EventEnvelope joined = kit.events.create(EventTypes.MEMBER_JOINED, memberId, 1, member(memberId));
        try (Connection connection = kit.database.connect()) {
            new OutboxWriter(new Contracts()).append(connection, joined);
        }
        try (OutboxRelay relay = new OutboxRelay(ConnectionSource.postgres(kit.database.jdbcUrl(), kit.database.user(),
                kit.database.password()), RelaySettings.defaults(kit.kafka.bootstrapServers()), Topics.ALL)) {
            relay.start();
            kit.awaitOutboxSent();
        }

        String topic = Topics.DIRECTORY_MEMBERS.name();
        kit.readTopicUntil(topic, records -> ids(records).contains(joined.id()));
        assertTrue(kit.partitionsOf(topic) >= 3);
        try (Admin admin = kit.kafka.admin()) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value());
        }
    }

    private static List<UUID> ids(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> CloudEventCodec.decode(record.value().getBytes()).id())
                .collect(Collectors.toList());
    }

    private static PublicMember member(String id) {
        return new PublicMember(UUID.fromString(id), "JA-1", "Harper & Stone", "retailer", "active", true,
                List.of(new PublicMember.Location("Austin", "TX", "78701")));
    }
}

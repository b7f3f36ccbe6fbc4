package org.jewelers.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jewelers.events.consumer.DeadLetters;
import org.jewelers.events.consumer.EventHandler;
import org.jewelers.events.consumer.HandlerContext;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.readmodel.ReadModelVersions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IdempotentConsumerTest {

    private final EventsKit kit = new EventsKit();
    private final String group = "test-" + UUID.randomUUID();

    @BeforeEach
    void createEffectTables() throws Exception {
        try (Connection connection = kit.database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table effects (event_id uuid not null, thing text not null, seq int not null)");
            statement.execute("create table things (thing text primary key, name text not null)");
        }
    }

    @AfterEach
    void close() throws Exception {
        kit.close();
    }

    @Test
    void appliesAnEventDeliveredTwiceOnce() throws Exception {
        EventEnvelope twice = kit.thing("ring", 1, 0);
        EventEnvelope after = kit.thing("ring", 2, 1);
        kit.startConsumer(handler(IdempotentConsumerTest::recordEffect), kit.consumerSettings());

        kit.publishDirectly(List.of(twice, twice, after));

        await().atMost(EventsKit.PATIENCE).until(() -> effects(after) == 1);
        assertEquals(1, effects(twice));
        assertEquals(2, kit.count("select count(*) from effects"));
    }

    @Test
    void ignoresAnEventOlderThanTheReadModel() throws Exception {
        EventEnvelope newer = named("ring", 2, "Solitaire ring");
        EventEnvelope older = named("ring", 1, "Ring");
        EventEnvelope other = named("brooch", 1, "Brooch");
        kit.startConsumer(handler((event, context) -> {
            recordEffect(event, context);
            if (ReadModelVersions.advance(context.connection(), "things", event.subject(), event.aggregateVersion())) {
                try (PreparedStatement upsert = context.connection().prepareStatement("""
                        insert into things (thing, name) values (?, ?)
                        on conflict (thing) do update set name = excluded.name""")) {
                    upsert.setString(1, event.subject());
                    upsert.setString(2, event.data().get("name").asText());
                    upsert.executeUpdate();
                }
            }
        }), kit.consumerSettings());

        kit.publishDirectly(List.of(newer, older, other));

        await().atMost(EventsKit.PATIENCE).until(() -> kit.count("select count(*) from effects") == 3);
        assertEquals("Solitaire ring", nameOf("ring"));
        assertEquals("Brooch", nameOf("brooch"));
    }

    @Test
    void deadLettersAnEventItCannotHandleAndProcessesTheEventsBehindIt() throws Exception {
        EventEnvelope poison = kit.events.create(EventsKit.TYPE, "ring", 1,
                JsonNodeFactory.instance.objectNode().put("thing", "ring").put("seq", 0).put("poison", true));
        List<EventEnvelope> behind = List.of(kit.thing("ring", 2, 1), kit.thing("ring", 3, 2), kit.thing("ring", 4, 3));
        kit.startConsumer(handler((event, context) -> {
            if (event.data().path("poison").asBoolean()) {
                throw new IllegalStateException("cannot handle poison " + event.id());
            }
            recordEffect(event, context);
        }), kit.consumerSettings());

        kit.publishDirectly(List.of(poison, behind.get(0), behind.get(1), behind.get(2)));

        await().atMost(EventsKit.PATIENCE).until(() -> kit.count("select count(*) from effects") == 3);
        ConsumerRecord<String, String> deadLetter = kit.readTopic(DeadLetters.topicOf(kit.topic, group), 1).get(0);
        assertEquals("ring", deadLetter.key());
        assertEquals(IllegalStateException.class.getName(), header(deadLetter, DeadLetters.ERROR_CLASS));
        assertEquals("cannot handle poison " + poison.id(), header(deadLetter, DeadLetters.ERROR_MESSAGE));
        assertEquals(kit.topic, header(deadLetter, DeadLetters.ORIGINAL_TOPIC));
        assertEquals("0", header(deadLetter, DeadLetters.ORIGINAL_OFFSET));
        assertEquals(group, header(deadLetter, DeadLetters.CONSUMER_GROUP));
        assertEquals(0, kit.count("select count(*) from events_inbox where event_id = '" + poison.id() + "'"));
    }

    @Test
    void handlesTheEventInTheTraceOfTheTransactionThatAppendedIt() throws Exception {
        SpanContext appending = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                TraceFlags.getSampled(), TraceState.getDefault());
        EventEnvelope event = kit.thing("ring", 1, 0);
        try (Scope ignored = Span.wrap(appending).makeCurrent()) {
            kit.appendCommitted(List.of(event));
        }
        AtomicReference<String> handledInTrace = new AtomicReference<>();
        kit.startRelay();
        kit.startConsumer(handler((e, context) -> handledInTrace.set(Span.current().getSpanContext().getTraceId())),
                kit.consumerSettings());

        await().atMost(EventsKit.PATIENCE).until(() -> handledInTrace.get() != null);
        assertEquals(appending.getTraceId(), handledInTrace.get());
        ConsumerRecord<String, String> record = kit.readTopic(kit.topic, 1).get(0);
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", header(record, "traceparent"));
    }

    private interface Body {
        void handle(EventEnvelope event, HandlerContext context) throws Exception;
    }

    private EventHandler handler(Body body) {
        return new EventHandler() {
            @Override
            public String group() {
                return group;
            }

            @Override
            public Set<String> topics() {
                return Set.of(kit.topic);
            }

            @Override
            public void handle(EventEnvelope event, HandlerContext context) throws Exception {
                body.handle(event, context);
            }
        };
    }

    private static void recordEffect(EventEnvelope event, HandlerContext context) throws Exception {
        try (PreparedStatement insert = context.connection().prepareStatement(
                "insert into effects (event_id, thing, seq) values (?, ?, ?)")) {
            insert.setObject(1, event.id());
            insert.setString(2, event.subject());
            insert.setInt(3, event.data().get("seq").asInt());
            insert.executeUpdate();
        }
    }

    private EventEnvelope named(String thing, long version, String name) {
        return kit.events.create(EventsKit.TYPE, thing, version,
                JsonNodeFactory.instance.objectNode().put("thing", thing).put("seq", 0).put("name", name));
    }

    private long effects(EventEnvelope event) throws Exception {
        return kit.count("select count(*) from effects where event_id = '" + event.id() + "'");
    }

    private String nameOf(String thing) throws Exception {
        try (Connection connection = kit.database.connect();
             PreparedStatement select = connection.prepareStatement("select name from things where thing = ?")) {
            select.setString(1, thing);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

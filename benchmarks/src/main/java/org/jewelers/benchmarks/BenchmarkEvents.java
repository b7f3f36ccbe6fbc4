package org.jewelers.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.Topic;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.events.outbox.OutboxWriter;
import org.jewelers.events.relay.OutboxRelay;
import org.jewelers.events.relay.RelaySettings;
import org.jewelers.events.schema.EventSchema;
import org.jewelers.events.support.ConnectionSource;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TestDatabase;

/** The benchmark's own event type, written through the real outbox of a fresh database to a topic of its own. */
final class BenchmarkEvents {

    static final String TYPE = "org.jewelers.benchmark.load.generated.v1";
    /** As many partitions as the platform's topics have, on the relay's topics and Kafka's alike. */
    static final int PARTITIONS = 3;

    private final EventFactory factory = new EventFactory("/relay-benchmark");
    private final TestDatabase database;
    private final Contracts contracts;
    private final OutboxWriter writer;

    BenchmarkEvents(String topic) {
        this.database = Infrastructure.postgres().createDatabase("bench_outbox");
        EventSchema.migrate(database.dataSource());
        this.contracts = new Contracts(List.of(new Topic(topic, PARTITIONS, false, Set.of(TYPE))));
        this.writer = new OutboxWriter(contracts);
    }

    TestDatabase database() {
        return database;
    }

    /** A relay with the library's default settings: the benchmark measures what services run. */
    OutboxRelay relay(String bootstrapServers) {
        return new OutboxRelay(ConnectionSource.postgres(database.jdbcUrl(), database.user(), database.password()),
                RelaySettings.defaults(bootstrapServers), contracts.topics());
    }

    /** Appends in the connection's transaction. Each event has its own key, as each would be its own aggregate. */
    void append(Connection connection, int seq, long intendedNanos) throws SQLException {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("seq", seq).put("intendedNanos", intendedNanos);
        EventEnvelope event = factory.create(TYPE, "item-" + seq, 1, data);
        writer.append(connection, event);
    }

    /** Appends and commits one warm-up event (negative seq), which measurements ignore. */
    void appendWarmUp(Connection connection) throws SQLException {
        append(connection, -1, System.nanoTime());
        connection.commit();
    }
}

package org.jewelers.events.outbox;

import org.jewelers.contracts.ContractViolation;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.Topic;
import org.jewelers.events.envelope.CloudEventCodec;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.tracing.TraceContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Appends events to the outbox in the caller's transaction: they are published only if it commits. */
public final class OutboxWriter {

    /** The channel the relay listens on; a notification is delivered only when the transaction commits. */
    public static final String CHANNEL = "events_outbox";

    private static final String INSERT = """
            insert into events_outbox (event_id, topic, event_key, event_type, payload, traceparent)
            values (?, ?, ?, ?, ?::jsonb, ?)""";

    private final Contracts contracts;

    public OutboxWriter(Contracts contracts) {
        this.contracts = contracts;
    }

    /**
     * @param connection a connection in the transaction that makes the change the event announces
     * @throws ContractViolation when the event's data does not match its contract, or no topic carries its type
     */
    public void append(Connection connection, EventEnvelope event) throws SQLException {
        contracts.validate(event.type(), event.data());
        Topic topic = contracts.topicOf(event.type());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, event.id());
            insert.setString(2, topic.name());
            insert.setString(3, event.subject());
            insert.setString(4, event.type());
            insert.setString(5, CloudEventCodec.encode(event));
            insert.setString(6, TraceContext.currentTraceparent().orElse(null));
            insert.executeUpdate();
        }
        try (Statement notify = connection.createStatement()) {
            notify.execute("notify " + CHANNEL);
        }
    }
}

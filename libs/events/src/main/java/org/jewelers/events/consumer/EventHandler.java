package org.jewelers.events.consumer;

import org.jewelers.events.envelope.EventEnvelope;

import java.util.Set;

/**
 * Applies events of some topics for one consumer group. Each event reaches the handler once per group, in the
 * transaction that records it as processed; an exception rolls that transaction back and the event is retried,
 * then dead-lettered.
 */
public interface EventHandler {

    /** The Kafka consumer group, e.g. {@code careers-service.members}; it also scopes the processed-event record. */
    String group();

    Set<String> topics();

    void handle(EventEnvelope event, HandlerContext context) throws Exception;
}

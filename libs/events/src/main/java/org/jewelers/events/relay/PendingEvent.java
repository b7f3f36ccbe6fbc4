package org.jewelers.events.relay;

/** An outbox row not yet acknowledged by Kafka. */
record PendingEvent(long id, String topic, String key, String payload, String traceparent) {
}

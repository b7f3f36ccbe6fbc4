package org.jewelers.contracts;

import java.util.Objects;
import java.util.Set;

/**
 * A Kafka topic of one aggregate and the event types it carries; records are keyed by the aggregate id
 * so that one aggregate's events stay in order.
 *
 * @param compacted true when the topic keeps the latest event per key forever, so that a new read model
 *                  can be rebuilt from the topic alone
 */
public record Topic(String name, int partitions, boolean compacted, Set<String> eventTypes) {

    public Topic {
        Objects.requireNonNull(name, "name");
        if (partitions < 1) {
            throw new IllegalArgumentException("A topic needs at least one partition: " + name);
        }
        eventTypes = Set.copyOf(eventTypes);
    }

    public boolean carries(String type) {
        return eventTypes.contains(type);
    }
}

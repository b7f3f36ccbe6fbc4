package org.jewelers.events.consumer;

import java.sql.Connection;

/**
 * Where an event came from, and the connection of the transaction the handler's effect must be written in
 * (under Quarkus the same transaction is also the current JTA transaction, so Hibernate joins it).
 */
public record HandlerContext(Connection connection, String topic, int partition, long offset) {
}

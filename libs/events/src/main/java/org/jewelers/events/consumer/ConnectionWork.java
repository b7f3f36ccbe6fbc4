package org.jewelers.events.consumer;

import java.sql.Connection;

/** Work done on a connection inside a transaction. */
@FunctionalInterface
public interface ConnectionWork {

    void execute(Connection connection) throws Exception;
}

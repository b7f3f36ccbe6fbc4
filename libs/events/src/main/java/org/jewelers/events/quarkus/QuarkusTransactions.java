package org.jewelers.events.quarkus;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import org.jewelers.events.consumer.ConnectionWork;
import org.jewelers.events.consumer.Transactions;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * Runs a handler in a new JTA transaction with an active request context, so that it may use Hibernate or
 * Panache; the connection it is given is enlisted in that same transaction.
 */
final class QuarkusTransactions implements Transactions {

    private final DataSource dataSource;

    QuarkusTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void inTransaction(ConnectionWork work) throws Exception {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            QuarkusTransaction.requiringNew().call(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    work.execute(connection);
                }
                return null;
            });
        } catch (QuarkusTransactionException e) {
            // The handler's own exception is what the dead-letter headers should name.
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }
}

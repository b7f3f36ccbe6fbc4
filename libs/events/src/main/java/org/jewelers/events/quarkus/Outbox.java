package org.jewelers.events.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.jewelers.contracts.ContractViolation;
import org.jewelers.contracts.Contracts;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.outbox.OutboxWriter;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Appends events in the caller's JTA transaction (e.g. a {@code @Transactional} service method), so that they
 * are published if and only if the change they announce commits.
 */
@ApplicationScoped
public class Outbox {

    private final DataSource dataSource;
    private final TransactionManager transactions;
    private final OutboxWriter writer;

    @Inject
    public Outbox(DataSource dataSource, TransactionManager transactions, Contracts contracts) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.writer = new OutboxWriter(contracts);
    }

    /**
     * @throws IllegalStateException when no transaction is active: an event outside one could announce a change
     *                               that never happened
     * @throws ContractViolation     when the event's data does not match its contract
     */
    public void append(EventEnvelope event) {
        if (!inTransaction()) {
            throw new IllegalStateException("Outbox.append(" + event.type() + ") needs an active transaction, e.g. a @Transactional method");
        }
        // Agroal enlists the connection in the current transaction; closing it hands it back at commit.
        try (Connection connection = dataSource.getConnection()) {
            writer.append(connection, event);
        } catch (SQLException e) {
            throw new IllegalStateException("could not append " + event.type() + " " + event.id() + " to the outbox", e);
        }
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            throw new IllegalStateException("could not read the transaction status", e);
        }
    }
}

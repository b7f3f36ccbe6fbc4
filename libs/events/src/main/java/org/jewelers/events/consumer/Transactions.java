package org.jewelers.events.consumer;

/** Runs work in a new transaction that commits when the work returns and rolls back when it throws. */
public interface Transactions {

    /** @throws Exception what the work threw, after the rollback */
    void inTransaction(ConnectionWork work) throws Exception;
}

package org.jewelers.events.consumer;

import javax.sql.DataSource;
import java.sql.Connection;

/** Transactions on plain JDBC connections of a data source. */
public final class JdbcTransactions implements Transactions {

    private final DataSource dataSource;

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void inTransaction(ConnectionWork work) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.execute(connection);
                connection.commit();
            } catch (Exception | Error e) {
                connection.rollback();
                throw e;
            }
        }
    }
}

package org.jewelers.events.support;

import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/** Opens a dedicated database connection, outside any pool, for a session that holds a lock or listens. */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;

    /** Connects through the PostgreSQL driver directly, whatever class loader DriverManager would consult. */
    static ConnectionSource postgres(String jdbcUrl, String user, String password) {
        Driver driver = new Driver();
        return () -> {
            Properties properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            Connection connection = driver.connect(jdbcUrl, properties);
            if (connection == null) {
                throw new SQLException("not a PostgreSQL JDBC URL: " + jdbcUrl);
            }
            return connection;
        };
    }
}

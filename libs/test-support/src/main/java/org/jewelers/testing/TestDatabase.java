package org.jewelers.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A throwaway database that a test created for itself; it is dropped when the JVM exits. */
public record TestDatabase(String name, String jdbcUrl, String user, String password) {

    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(user);
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }
}

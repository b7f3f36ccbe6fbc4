package org.jewelers.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A PostgreSQL server for tests: the one at {@code TEST_PG_URL}, or an embedded one started for this JVM.
 * Databases are created per test run and dropped at exit; no other database on the server is touched.
 */
public final class PostgresServer {

    private final String adminUrl;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final List<String> created = new CopyOnWriteArrayList<>();

    private PostgresServer(String adminUrl, String user, String password, EmbeddedPostgres embedded) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "test-postgres-stop"));
    }

    static PostgresServer fromEnvironment() {
        String url = System.getenv("TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            String user = System.getenv().getOrDefault("TEST_PG_USER", "postgres");
            return new PostgresServer(url, user, System.getenv("TEST_PG_PASSWORD"), null);
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new PostgresServer(embedded.getJdbcUrl("postgres", "postgres"), "postgres", null, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL", e);
        }
    }

    public boolean isManaged() {
        return embedded != null;
    }

    /** Creates an empty database named after the prefix and a random suffix. */
    public TestDatabase createDatabase(String prefix) {
        String name = ("t_" + prefix.replaceAll("[^A-Za-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        execute("create database " + name);
        created.add(name);
        return new TestDatabase(name, urlFor(name), user, password);
    }

    private String urlFor(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        String rest = query < 0 ? "" : adminUrl.substring(query);
        return adminUrl.substring(0, slash + 1) + database + rest;
    }

    private void execute(String sql) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, properties);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    private void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
            }
            return;
        }
        for (String name : created) {
            try {
                execute("drop database if exists " + name + " with (force)");
            } catch (IllegalStateException e) {
                System.err.println("could not drop test database " + name + ": " + e.getCause());
            }
        }
    }
}

package org.jewelers.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * The stack's PostgreSQL: the server named by the environment, or an embedded one whose data stays in the stack's
 * data folder between starts. Each app gets a database and a user of its own.
 */
final class Postgres implements AutoCloseable {

    /** The PostgreSQL features the services may rely on: contrib only, since the embedded server has no PostGIS. */
    private static final List<String> CONTRIB_EXTENSIONS = List.of("cube", "earthdistance", "pg_trgm", "fuzzystrmatch");

    private final String adminUrl;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private Postgres(String adminUrl, String user, String password, EmbeddedPostgres embedded) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static Postgres start(StackOptions options) {
        if (options.externalPostgres().isPresent()) {
            StackOptions.ExternalPostgres external = options.externalPostgres().get();
            return new Postgres(external.url(), external.user(), external.password(), null);
        }
        try {
            Path data = options.dataDir().resolve("postgres");
            Files.createDirectories(data);
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(options.logs().resolve("postgres.log").toFile());
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    // Keeping the data is what lets a second start find the first one's records.
                    .setCleanDataDirectory(false)
                    // The stack stops PostgreSQL itself, after the apps that use it.
                    .setRegisterShutdownHook(false)
                    .setPort(options.ports().postgres())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            return new Postgres("jdbc:postgresql://127.0.0.1:" + options.ports().postgres() + "/postgres",
                    "postgres", "", embedded);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + options.dataDir(), e);
        }
    }

    /**
     * Creates the app's user and database unless they exist; the password is the name (dev only). The contrib
     * extensions the services may use are created here, by the server's administrator, because some of them
     * (earthdistance) are not trusted: a database owner cannot create them, and services run as owners.
     */
    ServiceDatabase databaseFor(String name) {
        try (Connection connection = connect(adminUrl); Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", name)) {
                statement.execute("create role " + name + " login password '" + name + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
                statement.execute("create database " + name + " owner " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the database " + name + " at " + adminUrl, e);
        }
        ServiceDatabase database = new ServiceDatabase(urlFor(name), name, name);
        try (Connection connection = connect(database.jdbcUrl()); Statement statement = connection.createStatement()) {
            for (String extension : CONTRIB_EXTENSIONS) {
                statement.execute("create extension if not exists " + extension);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the extensions of the database " + name, e);
        }
        return database;
    }

    @Override
    public void close() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(url, properties);
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private String urlFor(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }
}

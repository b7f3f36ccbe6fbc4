package org.jewelers.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jewelers.events.relay.OutboxRelay;

/**
 * One burst round: {@value #EVENTS} events committed in one transaction into the outbox of a fresh database, timed
 * from the commit to the relay's record of the last acknowledgement.
 */
final class RelayBurst {

    static final int EVENTS = 10_000;
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    /**
     * @param commitToLastAck from just before the commit to the last {@code sent_at}, both read from the database
     *                        clock; the relay sets {@code sent_at} after Kafka acknowledged the row and all before it
     * @param valueBytes      the mean size of the record values the relay sent (the CloudEvent JSON)
     */
    record Result(Duration commitToLastAck, Duration append, double valueBytes, int minValueBytes, int maxValueBytes) {

        double eventsPerSecond() {
            return EVENTS / (commitToLastAck.toNanos() / 1e9);
        }
    }

    private RelayBurst() {
    }

    static Result run(String bootstrapServers) throws SQLException, InterruptedException {
        BenchmarkEvents events = new BenchmarkEvents("bench.relay.burst." + UUID.randomUUID());
        try (OutboxRelay relay = events.relay(bootstrapServers); Connection connection = events.database().connect()) {
            relay.start();
            connection.setAutoCommit(false);
            // A service's relay runs all the time: it holds its lock, knows its topic and has a connected producer
            // before a burst comes, so that setup happens before the clock starts.
            events.appendWarmUp(connection);
            awaitAllSent(connection);

            long appendStart = System.nanoTime();
            for (int seq = 0; seq < EVENTS; seq++) {
                events.append(connection, seq, System.nanoTime());
            }
            Duration append = Duration.ofNanos(System.nanoTime() - appendStart);
            OffsetDateTime commitStart = databaseClock(connection);
            connection.commit();
            awaitAllSent(connection);
            return measure(connection, commitStart, append);
        }
    }

    private static OffsetDateTime databaseClock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select clock_timestamp()")) {
            result.next();
            return result.getObject(1, OffsetDateTime.class);
        }
    }

    private static void awaitAllSent(Connection connection) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            long pending;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select count(*) from events_outbox where sent_at is null")) {
                result.next();
                pending = result.getLong(1);
            }
            connection.commit();
            if (pending == 0) {
                return;
            }
            // Only decides when to look at the figures: the end time is the relay's own sent_at, not this poll.
            Thread.sleep(20);
        }
        throw new IllegalStateException("the relay did not send the outbox within " + PATIENCE);
    }

    private static Result measure(Connection connection, OffsetDateTime commitStart, Duration append) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select extract(epoch from max(sent_at) - ?) * 1000000, avg(octet_length(payload::text)),
                       min(octet_length(payload::text)), max(octet_length(payload::text))
                from events_outbox where (payload #>> '{data,seq}')::int >= 0""")) {
            query.setObject(1, commitStart);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                Duration commitToLastAck = Duration.ofNanos(result.getLong(1) * 1000);
                Result measured = new Result(commitToLastAck, append, result.getDouble(2), result.getInt(3), result.getInt(4));
                connection.commit();
                return measured;
            }
        }
    }
}

package org.jewelers.benchmarks;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.jewelers.events.consumer.ConsumerSettings;
import org.jewelers.events.consumer.IdempotentConsumer;
import org.jewelers.events.consumer.JdbcTransactions;
import org.jewelers.events.relay.OutboxRelay;
import org.jewelers.events.schema.EventSchema;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TestDatabase;

/**
 * Events committed one per transaction at a fixed rate, each timed to the moment an {@link IdempotentConsumer}'s
 * handler sees it. The schedule is open: event i is due at start + i / rate whatever happened to the events before
 * it, and a late commit shows as latency counted from the time it was due.
 */
final class RelayLatency {

    static final int RATE = 200;
    static final Duration DURATION = Duration.ofSeconds(30);
    static final int EVENTS = (int) (RATE * DURATION.toSeconds());
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /**
     * @param fromIntended   from the time the event was due by the schedule (written into the event)
     * @param fromCommitCall from the moment the writer called commit for it
     * @param relayStage     from the commit call to the relay's {@code sent_at} (set once Kafka acknowledged the
     *                       event): the relay's share of {@code fromCommitCall}; the rest is Kafka and the consumer
     * @param maxWriterLag   how late the writer started its most belated event: the part of the latency from the
     *                       intended time that the benchmark's own writer, not the relay, is responsible for
     */
    record Result(Histogram fromIntended, Histogram fromCommitCall, Histogram relayStage, Duration maxWriterLag) {

        /** Fewer than {@link #EVENTS} means some events did not reach the handler in time. */
        long seen() {
            return fromIntended.getTotalCount();
        }
    }

    private RelayLatency() {
    }

    static Result run(String bootstrapServers) throws SQLException, InterruptedException {
        String topic = "bench.relay.latency." + UUID.randomUUID();
        BenchmarkEvents events = new BenchmarkEvents(topic);
        AtomicLongArray commitCalled = new AtomicLongArray(EVENTS);
        LatencyRecorder recorder = new LatencyRecorder(topic, commitCalled);
        long maxLag = 0;
        try (AgroalDataSource inbox = consumerDatabase();
             OutboxRelay relay = events.relay(bootstrapServers);
             IdempotentConsumer consumer = new IdempotentConsumer(recorder, new JdbcTransactions(inbox),
                     ConsumerSettings.defaults(bootstrapServers));
             Connection connection = events.database().connect()) {
            relay.start();
            consumer.start();
            connection.setAutoCommit(false);
            warmUp(events, connection, recorder);

            long period = TimeUnit.SECONDS.toNanos(1) / RATE;
            long start = System.nanoTime();
            for (int seq = 0; seq < EVENTS; seq++) {
                long intended = start + seq * period;
                LockSupport.parkNanos(intended - System.nanoTime());
                maxLag = Math.max(maxLag, System.nanoTime() - intended);
                events.append(connection, seq, intended);
                commitCalled.set(seq, System.nanoTime());
                connection.commit();
            }
            recorder.awaitMeasured(PATIENCE.toMillis());
            return new Result(recorder.fromIntended(), recorder.fromCommitCall(), relayStage(connection, commitCalled),
                    Duration.ofNanos(maxLag));
        }
    }

    /**
     * Compares the database clock ({@code sent_at}) with this JVM's: right for the embedded PostgreSQL, which runs
     * on this machine, and off by the clocks' difference for a server elsewhere.
     */
    private static Histogram relayStage(Connection connection, AtomicLongArray commitCalledNanos) throws SQLException {
        long epochMicrosAtNanoZero = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now())
                - TimeUnit.NANOSECONDS.toMicros(System.nanoTime());
        Histogram stage = new Histogram(3);
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                select (payload #>> '{data,seq}')::int, (extract(epoch from sent_at) * 1000000)::bigint
                from events_outbox where (payload #>> '{data,seq}')::int >= 0 and sent_at is not null""")) {
            while (rows.next()) {
                long commitCalledMicros = epochMicrosAtNanoZero + TimeUnit.NANOSECONDS.toMicros(commitCalledNanos.get(rows.getInt(1)));
                stage.recordValue(Math.max(0, rows.getLong(2) - commitCalledMicros));
            }
        }
        connection.commit();
        return stage;
    }

    /**
     * Until the first warm-up event reached the handler, the relay has not connected or the consumer has not
     * joined its group yet: measuring then would time the setup, not the path.
     */
    private static void warmUp(BenchmarkEvents events, Connection connection, LatencyRecorder recorder)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        do {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no warm-up event reached the consumer within " + PATIENCE);
            }
            events.appendWarmUp(connection);
        } while (!recorder.awaitWarmedUp(500));
    }

    /** The consumer's own database, as a consuming service has its own; pooled like a service's datasource. */
    private static AgroalDataSource consumerDatabase() throws SQLException {
        TestDatabase database = Infrastructure.postgres().createDatabase("bench_inbox");
        EventSchema.migrate(database.dataSource());
        AgroalDataSourceConfigurationSupplier configuration = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(2).connectionFactoryConfiguration(factory -> {
                    factory.jdbcUrl(database.jdbcUrl()).principal(new NamePrincipal(database.user()));
                    return database.password() == null ? factory : factory.credential(new SimplePassword(database.password()));
                }));
        return AgroalDataSource.from(configuration);
    }
}

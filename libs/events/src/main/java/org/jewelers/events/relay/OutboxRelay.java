package org.jewelers.events.relay;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.jewelers.contracts.Topic;
import org.jewelers.events.envelope.CloudEventCodec;
import org.jewelers.events.outbox.OutboxWriter;
import org.jewelers.events.support.Backoff;
import org.jewelers.events.support.ConnectionSource;
import org.jewelers.events.support.KafkaTopics;
import org.jewelers.events.support.StopSignal;
import org.jewelers.events.tracing.TraceContext;
import org.postgresql.PGConnection;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishes the outbox to Kafka in id order, one batch at a time, and marks what Kafka acknowledged as sent.
 *
 * <p>Only one relay per database is active: it holds a PostgreSQL advisory lock on its own connection, so several
 * copies of a service never reorder one aggregate's events. This is the one background worker that does not claim its
 * work with a lease of libs/leases: the lock lasts exactly as long as its holder's connection, so no second relay can
 * start while a holder that was paused still has a batch in flight, whereas a lease that expired under such a holder
 * would let two relays publish at once and interleave a key's events. While Kafka is unavailable the rows stay pending
 * and are retried in order; a row is marked sent only after Kafka acknowledged it and every row before it.
 */
public final class OutboxRelay implements AutoCloseable {

    /** One relay per database, whichever service copy runs it. */
    static final long LOCK_KEY = 0x6a65_7765_6c65_7273L;

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    private static final int DEFAULT_PARTITIONS = 3;

    private final ConnectionSource connections;
    private final RelaySettings settings;
    private final Map<String, Topic> declaredTopics;
    private final StopSignal stop = new StopSignal();
    private final Thread worker;
    private final Backoff backoff;
    private final Set<String> provisioned = new HashSet<>();
    private volatile boolean active;
    private KafkaProducer<String, String> producer;
    private Admin admin;
    private Instant nextPurge = Instant.MIN;

    /** @param topics the topics to create when missing, with their partitions and cleanup policy */
    public OutboxRelay(ConnectionSource connections, RelaySettings settings, Collection<Topic> topics) {
        this.connections = connections;
        this.settings = settings;
        this.declaredTopics = topics.stream().collect(Collectors.toUnmodifiableMap(Topic::name, Function.identity()));
        this.backoff = new Backoff(Duration.ofMillis(200), settings.maxBackoff());
        this.worker = new Thread(this::run, "outbox-relay");
        this.worker.setDaemon(true);
    }

    public void start() {
        worker.start();
    }

    /** True while this relay holds the lock and publishes; copies that wait for the lock are not active. */
    public boolean isActive() {
        return active;
    }

    @Override
    public void close() {
        stop.stop();
        try {
            worker.join(settings.deliveryTimeout().plus(settings.pollInterval()).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!stop.isStopped()) {
            try (Connection connection = connections.open()) {
                connection.setAutoCommit(true);
                if (awaitLock(connection)) {
                    active = true;
                    LOG.info("Outbox relay is active");
                    listen(connection);
                    relay(connection);
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("Outbox relay lost its database session, reconnecting: %s", e.toString());
                backoff.pause(stop);
            } finally {
                active = false;
                closeKafkaClients();
            }
        }
    }

    private boolean awaitLock(Connection connection) throws SQLException {
        while (!stop.isStopped()) {
            if (OutboxTable.tryLock(connection, LOCK_KEY)) {
                return true;
            }
            stop.pause(settings.lockRetry());
        }
        return false;
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("listen " + OutboxWriter.CHANNEL);
        }
    }

    private void relay(Connection connection) throws SQLException {
        while (!stop.isStopped()) {
            int published;
            try {
                published = publishBatch(connection);
                backoff.reset();
            } catch (KafkaUnavailable e) {
                LOG.warnf("Kafka is unavailable, outbox rows stay pending: %s", e.getCause().toString());
                closeKafkaClients();
                backoff.pause(stop);
                continue;
            }
            if (published < settings.batchSize()) {
                purgeIfDue(connection);
                awaitNotification(connection);
            }
        }
    }

    private int publishBatch(Connection connection) throws SQLException {
        List<PendingEvent> batch = OutboxTable.pending(connection, settings.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        provisionTopics(batch);
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        KafkaException sendFailure = null;
        for (PendingEvent event : batch) {
            try {
                acknowledgements.add(producer().send(record(event)));
            } catch (KafkaException e) {
                sendFailure = e;
                break;
            }
        }
        List<Long> delivered = new ArrayList<>(acknowledgements.size());
        Exception ackFailure = awaitInOrder(batch, acknowledgements, delivered);
        OutboxTable.markSent(connection, delivered);
        if (ackFailure != null) {
            throw new KafkaUnavailable(ackFailure);
        }
        if (sendFailure != null) {
            throw new KafkaUnavailable(sendFailure);
        }
        return batch.size();
    }

    /** Collects the ids acknowledged before the first failure: only those may be marked sent. */
    private Exception awaitInOrder(List<PendingEvent> batch, List<Future<RecordMetadata>> acknowledgements,
                                   List<Long> delivered) {
        long deadline = System.nanoTime() + settings.deliveryTimeout().plus(ADMIN_TIMEOUT).toNanos();
        for (int i = 0; i < acknowledgements.size(); i++) {
            try {
                acknowledgements.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                delivered.add(batch.get(i).id());
            } catch (ExecutionException e) {
                return (Exception) e.getCause();
            } catch (TimeoutException e) {
                return e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e;
            }
        }
        return null;
    }

    private ProducerRecord<String, String> record(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        record.headers().add(CloudEventCodec.CONTENT_TYPE_HEADER, CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        if (event.traceparent() != null) {
            record.headers().add(TraceContext.TRACEPARENT, event.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private void provisionTopics(List<PendingEvent> batch) {
        Set<Topic> missing = new HashSet<>();
        if (provisioned.isEmpty()) {
            missing.addAll(declaredTopics.values());
        }
        batch.stream().map(PendingEvent::topic).filter(name -> !provisioned.contains(name))
                .forEach(name -> missing.add(declaredTopics.getOrDefault(name,
                        new Topic(name, DEFAULT_PARTITIONS, false, Set.of()))));
        if (missing.isEmpty()) {
            return;
        }
        try {
            KafkaTopics.ensure(admin(), missing, ADMIN_TIMEOUT);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new KafkaUnavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailable(e);
        }
        missing.forEach(topic -> provisioned.add(topic.name()));
    }

    private void purgeIfDue(Connection connection) throws SQLException {
        if (Instant.now().isBefore(nextPurge)) {
            return;
        }
        int deleted = OutboxTable.deleteSentBefore(connection, settings.retention());
        if (deleted > 0) {
            LOG.debugf("Deleted %d outbox rows sent more than %s ago", deleted, settings.retention());
        }
        nextPurge = Instant.now().plus(PURGE_EVERY);
    }

    private void awaitNotification(Connection connection) throws SQLException {
        // Returns at the first notification (a commit of new rows) or after the poll interval, whichever is first.
        connection.unwrap(PGConnection.class).getNotifications((int) settings.pollInterval().toMillis());
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties properties = settings.kafka().clientProperties();
            properties.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) settings.maxBlock().toMillis());
            properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) settings.deliveryTimeout().toMillis());
            // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms.
            properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.deliveryTimeout().dividedBy(2).toMillis());
            properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            producer = new KafkaProducer<>(properties);
        }
        return producer;
    }

    private Admin admin() {
        if (admin == null) {
            admin = KafkaTopics.admin(settings.kafka(), ADMIN_TIMEOUT);
        }
        return admin;
    }

    /** Drops the clients after a failure, so the next attempt starts from fresh metadata and producer state. */
    private void closeKafkaClients() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
        provisioned.clear();
    }

    private static final class KafkaUnavailable extends RuntimeException {
        KafkaUnavailable(Throwable cause) {
            super(cause);
        }
    }
}

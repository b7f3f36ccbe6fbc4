package org.jewelers.events.consumer;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.jewelers.contracts.Topic;
import org.jewelers.contracts.Topics;
import org.jewelers.events.consumer.DeadLetters.DeadLetterFailure;
import org.jewelers.events.envelope.CloudEventCodec;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.support.Backoff;
import org.jewelers.events.support.KafkaTopics;
import org.jewelers.events.support.StopSignal;
import org.jewelers.events.tracing.TraceContext;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Feeds one handler the events of its topics, each in its own transaction that first records the event id for
 * the group, so that a redelivered event is skipped. Offsets are committed only after those transactions
 * committed. An event that keeps failing goes to the dead-letter topic and the partition moves on.
 */
public final class IdempotentConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final String RECORD_PROCESSED = """
            insert into events_inbox (consumer_group, event_id) values (?, ?) on conflict do nothing""";
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);
    private static final int DEFAULT_PARTITIONS = 3;

    private final EventHandler handler;
    private final Transactions transactions;
    private final ConsumerSettings settings;
    private final Tracer tracer;
    private final StopSignal stop = new StopSignal();
    private final Backoff backoff;
    private final Thread worker;
    private volatile KafkaConsumer<String, byte[]> consumer;

    public IdempotentConsumer(EventHandler handler, Transactions transactions, ConsumerSettings settings) {
        this(handler, transactions, settings, OpenTelemetry.noop());
    }

    /** @param openTelemetry makes each handler call a span, child of the span that appended the event */
    public IdempotentConsumer(EventHandler handler, Transactions transactions, ConsumerSettings settings,
                              OpenTelemetry openTelemetry) {
        this.handler = handler;
        this.transactions = transactions;
        this.settings = settings;
        this.tracer = openTelemetry.getTracer("org.jewelers.events");
        this.backoff = new Backoff(settings.retryBackoff(), settings.maxBackoff());
        this.worker = new Thread(this::run, "events-consumer-" + handler.group());
        this.worker.setDaemon(true);
    }

    public void start() {
        worker.start();
    }

    @Override
    public void close() {
        stop.stop();
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            worker.join(KAFKA_TIMEOUT.multipliedBy(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!stop.isStopped()) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(properties());
                 DeadLetters deadLetters = new DeadLetters(settings.kafka(), handler.group(), KAFKA_TIMEOUT)) {
                consumer = kafka;
                if (stop.isStopped()) {
                    return;
                }
                provisionTopics();
                kafka.subscribe(handler.topics());
                while (!stop.isStopped()) {
                    ConsumerRecords<String, byte[]> records = kafka.poll(settings.pollTimeout());
                    commit(kafka, processAll(kafka, records, deadLetters));
                }
            } catch (WakeupException e) {
                LOG.debugf("Consumer %s stopping", handler.group());
            } catch (Exception e) {
                LOG.warnf("Consumer %s restarts after: %s", handler.group(), e.toString());
                backoff.pause(stop);
            } finally {
                consumer = null;
            }
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> processAll(KafkaConsumer<String, byte[]> kafka,
                                                              ConsumerRecords<String, byte[]> records,
                                                              DeadLetters deadLetters) {
        Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                try {
                    process(record, deadLetters);
                    backoff.reset();
                } catch (DeadLetterFailure e) {
                    LOG.warnf("Consumer %s will retry %s-%d@%d: %s", handler.group(), record.topic(),
                            record.partition(), record.offset(), e.getCause().toString());
                    kafka.seek(partition, record.offset());
                    backoff.pause(stop);
                    break;
                }
                processed.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        return processed;
    }

    private void process(ConsumerRecord<String, byte[]> record, DeadLetters deadLetters) {
        EventEnvelope event;
        try {
            event = CloudEventCodec.decode(record.value());
        } catch (RuntimeException e) {
            LOG.warnf("Consumer %s dead-letters unreadable %s-%d@%d: %s", handler.group(), record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            deadLetters.send(record, e);
            return;
        }
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(TraceContext.fromTraceparent(header(record, TraceContext.TRACEPARENT)))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", handler.group())
                .setAttribute("messaging.message.id", event.id().toString())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            Throwable failure = handleWithRetries(event, record);
            if (failure != null) {
                LOG.errorf(failure, "Consumer %s dead-letters %s %s after %d attempts", handler.group(), event.type(),
                        event.id(), settings.maxAttempts());
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR);
                deadLetters.send(record, failure);
            }
        } finally {
            span.end();
        }
    }

    /** @return the last failure when every attempt failed, null when the event was handled or already had been */
    private Throwable handleWithRetries(EventEnvelope event, ConsumerRecord<String, byte[]> record) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.inTransaction(connection -> {
                    try (PreparedStatement processedOnce = connection.prepareStatement(RECORD_PROCESSED)) {
                        processedOnce.setString(1, handler.group());
                        processedOnce.setObject(2, event.id());
                        if (processedOnce.executeUpdate() == 0) {
                            return;
                        }
                    }
                    handler.handle(event, new HandlerContext(connection, record.topic(), record.partition(), record.offset()));
                });
                return null;
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                if (attempt >= settings.maxAttempts()) {
                    return e;
                }
                LOG.debugf("Consumer %s attempt %d at %s failed: %s", handler.group(), attempt, event.id(), e.toString());
                if (stop.pause(settings.retryBackoff().multipliedBy(attempt))) {
                    // Stopping: leave the event uncommitted for the next run rather than dead-letter it.
                    throw new WakeupException();
                }
            }
        }
    }

    private void commit(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, OffsetAndMetadata> processed) {
        if (processed.isEmpty()) {
            return;
        }
        try {
            kafka.commitSync(processed, KAFKA_TIMEOUT);
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            // The events are recorded as processed: if they come again they are skipped.
            LOG.warnf("Consumer %s could not commit offsets: %s", handler.group(), e.toString());
        }
    }

    /** Consumers may start before the producing service, so they create the topics they read too. */
    private void provisionTopics() throws Exception {
        try (Admin admin = KafkaTopics.admin(settings.kafka(), KAFKA_TIMEOUT)) {
            KafkaTopics.ensure(admin, handler.topics().stream()
                    .map(name -> Topics.ALL.stream().filter(topic -> topic.name().equals(name)).findFirst()
                            .orElse(new Topic(name, DEFAULT_PARTITIONS, false, Set.of())))
                    .toList(), KAFKA_TIMEOUT);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Properties properties() {
        Properties properties = settings.kafka().clientProperties();
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, handler.group());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return properties;
    }
}
